import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import i18n from '../i18n.ts';

/** A short toast whose close button has a name in the current language. */
function show(color: 'green' | 'red', message: ReactNode, title?: ReactNode) {
  notifications.show({
    color,
    title,
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

export const notify = {
  success: (message: ReactNode, title?: ReactNode) => show('green', message, title),
  error: (message: ReactNode, title?: ReactNode) => show('red', message, title),
};
