import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MessagePage } from '../ui/MessagePage.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('forbidden.title')}
      description={t('forbidden.body')}
      icon={<IconLock size={32} aria-hidden />}
      action={
        <Button component={Link} to="/" variant="default">
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
