import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title?: ReactNode;
  children: ReactNode;
  mb?: string;
  mt?: string;
}

/** A failure that the person should read: announced to screen readers (role="alert"). */
export function ErrorAlert({ title, children, mb, mt }: ErrorAlertProps) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
      mb={mb}
      mt={mt}
    >
      {children}
    </Alert>
  );
}
