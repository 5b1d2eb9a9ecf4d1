import { Drawer, type DrawerRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './useIsPhone.ts';

interface AppDrawerProps extends Omit<DrawerRootProps, 'title' | 'children'> {
  title: ReactNode;
  children: ReactNode;
}

/** A side panel like AppModal: named close button, header without a "banner" landmark; full width on a phone. */
export function AppDrawer({ title, children, size = 'lg', position = 'right', ...props }: AppDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Drawer.Root size={isPhone ? '100%' : size} position={position} {...props}>
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header role="none">
          <Drawer.Title fw={700}>{title}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
