import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/session.ts';
import { EmployeeDetailView } from '../modules/employees/EmployeeDetailView.tsx';
import { MessagePage } from '../ui/MessagePage.tsx';

export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useSession();
  if (!me.user.employeeId) {
    return (
      <MessagePage
        title={t('profile.title')}
        description={t('profile.noEmployee')}
        icon={<IconUserOff size={32} aria-hidden />}
      />
    );
  }
  return <EmployeeDetailView id={me.user.employeeId} eyebrow={t('profile.title')} />;
}
