import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useReopenRealisation } from './realisation.api.ts';

const NOTE_MAX = 2000;

/** The rater returns a submitted realisation to draft, with a note for the employee. */
export function ReopenModal({
  skpId,
  periodId,
  employeeName,
  opened,
  onClose,
}: {
  skpId: string;
  periodId: string;
  employeeName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('realisation.reopen.title')} size="lg">
      {opened ? (
        <ReopenForm skpId={skpId} periodId={periodId} employeeName={employeeName} onClose={onClose} />
      ) : null}
    </AppModal>
  );
}

function ReopenForm({
  skpId,
  periodId,
  employeeName,
  onClose,
}: {
  skpId: string;
  periodId: string;
  employeeName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reopen = useReopenRealisation(skpId, periodId);
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      setInvalid(true);
      return;
    }
    reopen.mutate(note.trim(), {
      onSuccess: () => {
        notify.success(t('realisation.reopen.done', { name: employeeName }));
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('realisation.reopen.intro', { name: employeeName })}</Text>
        <Textarea
          label={t('realisation.reopen.note')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={NOTE_MAX}
          value={note}
          error={invalid ? t('realisation.reopen.noteRequired') : null}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            if (invalid) setInvalid(false);
          }}
          data-autofocus
        />
        {reopen.error ? <ErrorAlert>{errorMessage(t, reopen.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={reopen.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reopen.isPending}>
            {t('realisation.reopen.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
