import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MessagePage } from '../ui/MessagePage.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('notFound.title')}
      description={t('notFound.body')}
      icon={<IconMapQuestion size={32} aria-hidden />}
      action={
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
