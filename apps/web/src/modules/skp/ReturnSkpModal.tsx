import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSkpTransition } from './skp.api.ts';

const NOTE_MIN = 3;
const NOTE_MAX = 2000;

/** "Kembalikan": the rater returns a submitted SKP with a note the employee will read. */
export function ReturnSkpModal({
  skpId,
  employeeName,
  opened,
  onClose,
}: {
  skpId: string;
  employeeName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('skp.returnModal.title')} size="lg">
      {opened ? <ReturnForm skpId={skpId} employeeName={employeeName} onClose={onClose} /> : null}
    </AppModal>
  );
}

function ReturnForm({
  skpId,
  employeeName,
  onClose,
}: {
  skpId: string;
  employeeName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const returning = useSkpTransition(skpId, 'return');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < NOTE_MIN) {
      setError(t('skp.returnModal.noteTooShort', { min: NOTE_MIN }));
      return;
    }
    returning.mutate(note.trim(), {
      onSuccess: () => {
        notify.success(t('skp.returned', { name: employeeName }));
        onClose();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('skp.returnModal.intro', { name: employeeName })}</Text>
        <Textarea
          label={t('skp.returnModal.note')}
          description={t('skp.returnModal.noteHint')}
          required
          autosize
          minRows={4}
          maxRows={10}
          maxLength={NOTE_MAX}
          value={note}
          error={error}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            if (error) setError(null);
          }}
          data-autofocus
        />
        {returning.error ? <ErrorAlert>{errorMessage(t, returning.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={returning.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={returning.isPending}>
            {t('skp.action.return')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
