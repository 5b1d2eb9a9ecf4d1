import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { CHANGE_PASSWORD_PATH } from '../modules/auth/RequireSession.tsx';
import { SignInForm } from '../modules/auth/SignInForm.tsx';
import { useMe } from '../modules/auth/session.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';

/** Only same-app paths are followed after sign-in. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  usePageTitle(t('signIn.submit'));
  const next = safeNext(params.get('next'));

  if (me.data) {
    return <Navigate to={me.data.user.mustChangePassword ? CHANGE_PASSWORD_PATH : next} replace />;
  }

  return (
    <Box className="sigap-signin-bg">
      <Group component="header" justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" pb="xl" mih="calc(100dvh - 80px)">
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={6} align="center" ta="center">
            <img src="/favicon.svg" alt="" width={56} height={56} />
            <Title order={1}>{t('app.name')}</Title>
            <Text c="dimmed">{t('app.tagline')}</Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Title order={2} size="h4" mb="md">
              {t('signIn.title')}
            </Title>
            {me.isPending ? (
              <LoadingState label={t('common.loading')} minHeight={120} />
            ) : (
              <SignInForm
                onSignedIn={(mustChange) =>
                  navigate(mustChange ? CHANGE_PASSWORD_PATH : next, { replace: true })
                }
              />
            )}
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t('signIn.help')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
