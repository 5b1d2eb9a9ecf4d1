import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppModalProps extends Omit<ModalRootProps, 'title' | 'children'> {
  title: ReactNode;
  children: ReactNode;
}

/**
 * Modal with a named close button and a header that is not a second "banner" landmark (Mantine renders
 * the dialog header as <header>).
 */
export function AppModal({ title, children, centered = true, ...props }: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root centered={centered} {...props}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
