import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatCardProps {
  label: string;
  value: string;
  hint?: ReactNode;
  icon?: ReactNode;
  color?: string;
  /** Makes the whole card a link. */
  to?: string;
}

export function StatCard({ label, value, hint, icon, color = 'blue', to }: StatCardProps) {
  const content = (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2}>
          {value}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </Stack>
      {icon ? (
        <ThemeIcon variant="light" color={color} size={40} radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      ) : null}
    </Group>
  );
  if (to) {
    return (
      <Card withBorder padding="md" radius="md" component={Link} to={to} className="sigap-card-link">
        {content}
      </Card>
    );
  }
  return (
    <Card withBorder padding="md" radius="md">
      {content}
    </Card>
  );
}
