import { Center, Group, Loader, Text } from '@mantine/core';

/** A spinner with a readable, announced label. */
export function LoadingState({ label, minHeight = 160 }: { label: string; minHeight?: number }) {
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}
