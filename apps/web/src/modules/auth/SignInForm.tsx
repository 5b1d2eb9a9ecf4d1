import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useLogin } from './session.ts';

interface SignInFormProps {
  onSignedIn: (mustChangePassword: boolean) => void;
}

/** When a locked account may try again, from the error details (an instant or a number of minutes). */
function lockDetails(details: unknown): { until?: string; minutes?: number } {
  if (typeof details !== 'object' || details === null) return {};
  const d = details as { lockedUntil?: unknown; minutes?: unknown };
  return {
    until: typeof d.lockedUntil === 'string' ? d.lockedUntil : undefined,
    minutes: typeof d.minutes === 'number' ? d.minutes : undefined,
  };
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { login: '', password: '' },
    validate: {
      login: (value) => (value.trim() ? null : t('signIn.loginRequired')),
      password: (value) => (value ? null : t('signIn.passwordRequired')),
    },
  });

  const error = login.error;
  let message: string | null = null;
  if (error) {
    message = errorMessage(t, error);
    if (isApiError(error) && error.code === 'ACCOUNT_LOCKED') {
      const lock = lockDetails(error.details);
      if (lock.until) message = `${message} ${t('signIn.lockedUntil', { time: formatDateTime(lock.until) })}`;
      else if (lock.minutes) message = `${message} ${t('signIn.lockedMinutes', { minutes: lock.minutes })}`;
    }
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        login.mutate(
          { login: values.login.trim(), password: values.password },
          { onSuccess: (me) => onSignedIn(me.user.mustChangePassword) },
        ),
      )}
    >
      <Stack gap="md">
        {message ? <ErrorAlert title={t('signIn.failed')}>{message}</ErrorAlert> : null}
        <TextInput
          label={t('signIn.login')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          key={form.key('login')}
          {...form.getInputProps('login')}
        />
        <PasswordField
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
