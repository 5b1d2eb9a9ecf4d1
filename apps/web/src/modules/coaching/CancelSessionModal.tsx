import { Text } from '@mantine/core';
import type { CoachingSession } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import { useCancelSession } from './coaching.api.ts';

/** Asks before cancelling a scheduled session (the employee is told). */
export function CancelSessionModal({
  session,
  onClose,
}: {
  session: CoachingSession | null;
  onClose: () => void;
}) {
  return session ? <CancelConfirm key={session.id} session={session} onClose={onClose} /> : null;
}

function CancelConfirm({ session, onClose }: { session: CoachingSession; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const cancel = useCancelSession(session.id);
  return (
    <ConfirmModal
      opened
      title={t('coaching.cancel.title')}
      confirmLabel={t('coaching.cancel.confirm')}
      onClose={onClose}
      loading={cancel.isPending}
      error={cancel.error ? errorMessage(t, cancel.error) : null}
      onConfirm={() =>
        cancel.mutate(undefined, {
          onSuccess: () => {
            notify.success(t('coaching.cancel.done'));
            onClose();
          },
        })
      }
    >
      <Text size="sm">
        {t('coaching.cancel.body', {
          topic: session.topic,
          name: session.employee.fullName,
          when: formatInstant(session.scheduledAt, me.agency.timezone),
        })}
      </Text>
    </ConfirmModal>
  );
}
