import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LIMITS } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { passwordStrongEnough, useChangePassword } from './session.ts';

/**
 * The server's minimum (LIMITS.passwordMinLength). Typed from the contract so a change there fails the
 * type check here, without bundling the contract's schema library into the web app.
 */
const PASSWORD_MIN_LENGTH: (typeof LIMITS)['passwordMinLength'] = 10;

export function ChangePasswordForm({
  onChanged,
  onCancel,
}: {
  onChanged: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const min = PASSWORD_MIN_LENGTH;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('password.currentRequired')),
      newPassword: (value, values) => {
        if (!value) return t('password.newRequired');
        if (value.length < min) return t('password.tooShort', { min });
        if (!passwordStrongEnough(value, min)) return t('password.tooWeak');
        if (value === values.currentPassword) return t('password.sameAsCurrent');
        return null;
      },
      repeatPassword: (value, values) => (value === values.newPassword ? null : t('password.mismatch')),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        change.mutate(
          { currentPassword: values.currentPassword, newPassword: values.newPassword },
          { onSuccess: onChanged },
        ),
      )}
    >
      <Stack gap="md">
        {change.error ? <ErrorAlert>{errorMessage(t, change.error)}</ErrorAlert> : null}
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('password.new')}
          description={t('password.rule', { min })}
          autoComplete="new-password"
          required
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          key={form.key('repeatPassword')}
          {...form.getInputProps('repeatPassword')}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
