import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useResetPassword } from './employees.api.ts';

interface ResetPasswordModalProps {
  employeeId: string;
  name: string;
  opened: boolean;
  onClose: () => void;
}

/** Confirms, resets, then shows the temporary password once (it is not kept anywhere). */
export function ResetPasswordModal({ employeeId, name, opened, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const reset = useResetPassword(employeeId);
  const close = () => {
    reset.reset();
    onClose();
  };
  const password = reset.data?.temporaryPassword;

  return (
    <AppModal opened={opened} onClose={close} title={t('resetPassword.title')} centered>
      {password ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t('resetPassword.done')}>
            {t('resetPassword.doneBody', { name })}
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={600} id="temporary-password-label">
              {t('resetPassword.temporaryPassword')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Code
                fz="lg"
                px="md"
                py={6}
                aria-labelledby="temporary-password-label"
                data-testid="temporary-password"
              >
                {password}
              </Code>
              <CopyButton value={password}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    size="sm"
                    onClick={copy}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                  >
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Text size="sm" c="dimmed">
            {t('resetPassword.onceWarning')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t('resetPassword.confirmBody', { name })}</Text>
          {reset.error ? <ErrorAlert>{errorMessage(t, reset.error)}</ErrorAlert> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={reset.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => reset.mutate()} loading={reset.isPending}>
              {t('resetPassword.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
