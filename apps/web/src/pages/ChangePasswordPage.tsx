import { Alert, Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../modules/auth/ChangePasswordForm.tsx';
import { useSession } from '../modules/auth/session.ts';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const forced = me.user.mustChangePassword;
  return (
    <>
      <PageHeader title={t('password.title')} description={t('password.intro')} />
      <Card withBorder radius="md" padding="lg" maw={520}>
        {forced ? (
          <Alert color="orange" variant="light" role="status" mb="md" title={t('password.forcedTitle')}>
            {t('password.forced')}
          </Alert>
        ) : null}
        <ChangePasswordForm
          onChanged={() => {
            notify.success(t('password.changed'));
            navigate('/', { replace: true });
          }}
          onCancel={forced ? undefined : () => navigate(-1)}
        />
      </Card>
    </>
  );
}
