import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { useMe } from './session.ts';
import { SessionContext } from './session-context.ts';

export const CHANGE_PASSWORD_PATH = '/ganti-kata-sandi';
export const SIGN_IN_PATH = '/masuk';

/**
 * The guarded part of the app: without a session go to sign-in (remembering where to return);
 * while the password must be changed, every page leads to the change-password page.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <main>
        <LoadingState label={t('common.loading')} minHeight={320} />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main>
        <Center mih={320} p="md">
          <ErrorAlert title={t('errors.loadFailed')}>
            {errorMessage(t, me.error)}{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>
          </ErrorAlert>
        </Center>
      </main>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '';
    return <Navigate to={`${SIGN_IN_PATH}${search}`} replace />;
  }
  if (me.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return (
    <SessionContext value={me.data}>
      <Outlet />
    </SessionContext>
  );
}
