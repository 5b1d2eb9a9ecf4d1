import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.ts';

interface MessagePageProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  /** Heading level: 1 when this is the page itself, 2 when inside a page that already has an h1. */
  order?: 1 | 2;
}

/** A whole-page message (not found, no access), centred. */
export function MessagePage({ title, description, icon, action, order = 1 }: MessagePageProps) {
  usePageTitle(order === 1 ? title : null);
  return (
    <Stack align="center" gap="md" py={48} px="md" ta="center">
      {icon ? (
        <ThemeIcon size={64} radius="xl" variant="light" color="gray" aria-hidden>
          {icon}
        </ThemeIcon>
      ) : null}
      <Title order={order} size="h2">
        {title}
      </Title>
      {description ? (
        <Text c="dimmed" maw={520}>
          {description}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
