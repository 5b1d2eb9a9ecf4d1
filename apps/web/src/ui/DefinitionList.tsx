import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Definition {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list (dl/dt/dd). */
export function DefinitionList({ items, cols = 2 }: { items: Definition[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2} style={{ minWidth: 0 }}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value === '' || item.value === null || item.value === undefined ? '—' : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
