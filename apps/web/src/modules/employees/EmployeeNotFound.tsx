import { Button } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MessagePage } from '../../ui/MessagePage.tsx';

export function EmployeeNotFound() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('employee.notFoundTitle')}
      description={t('employee.notFoundBody')}
      icon={<IconUserQuestion size={32} aria-hidden />}
      action={
        <Button component={Link} to="/pegawai" variant="default">
          {t('employee.backToList')}
        </Button>
      }
    />
  );
}
