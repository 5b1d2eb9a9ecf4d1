import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/autosave.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatTime } from '../modules/skp/labels.tsx';

/**
 * Where an autosaved draft stands (announced politely), with a retry after a failed save. The texts are
 * `<keyPrefix>.autosaveHint`, `.unsaved`, `.saving`, `.saved` (with `time`) and `.saveFailed`.
 */
export function SaveStatus({
  state,
  timeZone,
  keyPrefix,
  onRetry,
}: {
  state: SaveState;
  timeZone: string;
  keyPrefix: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  let content: ReactNode;
  switch (state.status) {
    case 'clean':
      content = (
        <Text size="sm" c="dimmed">
          {t(`${keyPrefix}.autosaveHint`)}
        </Text>
      );
      break;
    case 'dirty':
      content = (
        <Text size="sm" c="dimmed">
          {t(`${keyPrefix}.unsaved`)}
        </Text>
      );
      break;
    case 'saving':
      content = (
        <Group gap={6} wrap="nowrap">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t(`${keyPrefix}.saving`)}</Text>
        </Group>
      );
      break;
    case 'saved':
      content = (
        <Group gap={6} wrap="nowrap" c="var(--mantine-color-green-light-color)">
          <IconCheck size={16} aria-hidden />
          <Text size="sm">{t(`${keyPrefix}.saved`, { time: formatTime(state.at, timeZone) })}</Text>
        </Group>
      );
      break;
    case 'error':
      content = (
        <Group gap="xs" wrap="wrap" c="red.9">
          <IconAlertCircle size={16} aria-hidden />
          <Text size="sm">
            {t(`${keyPrefix}.saveFailed`)}: {errorMessage(t, state.error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      );
      break;
  }
  return (
    <div aria-live="polite" style={{ minWidth: 0 }}>
      {content}
    </div>
  );
}
