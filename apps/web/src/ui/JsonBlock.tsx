import { Code, Stack, Text } from '@mantine/core';

/** A labelled, pretty-printed JSON value (or a dash when empty). */
export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const empty = value === null || value === undefined;
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 320, overflow: 'auto' }}
        >
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
