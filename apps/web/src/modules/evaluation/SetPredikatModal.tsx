import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSetUnitPredikat } from './evaluation.api.ts';
import { patternLines } from './labels.tsx';

export interface PredikatTarget {
  unitId: string;
  unitName: string;
  periodId: string;
  periodLabel: string;
  current: { predikat: OrganisationPredikat; note: string | null } | null;
}

/** Rules §5.1 step 1: the leader of the unit above sets the organisation predikat, with an optional note. */
export function SetPredikatModal({
  target,
  onClose,
}: {
  target: PredikatTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('evaluation.setPredikat.title', { unit: target.unitName }) : ''}
      size="lg"
    >
      {target ? (
        <PredikatForm key={`${target.unitId}-${target.periodId}`} target={target} onClose={onClose} />
      ) : null}
    </AppModal>
  );
}

function PredikatForm({ target, onClose }: { target: PredikatTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetUnitPredikat(target.unitId);
  const [predikat, setPredikat] = useState<OrganisationPredikat | null>(target.current?.predikat ?? null);
  const [note, setNote] = useState(target.current?.note ?? '');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!predikat) {
      setMissing(true);
      return;
    }
    save.mutate(
      { periodId: target.periodId, predikat, note: note.trim() || null },
      {
        onSuccess: () => {
          notify.success(
            t('evaluation.setPredikat.done', {
              unit: target.unitName,
              predikat: t(`evaluation.orgPredikat.${predikat}`),
            }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('evaluation.setPredikat.intro', { period: target.periodLabel })}</Text>
        <Radio.Group
          label={t('evaluation.setPredikat.predikat')}
          required
          value={predikat}
          onChange={(value) => {
            setPredikat(value as OrganisationPredikat);
            setMissing(false);
          }}
          error={missing ? t('evaluation.setPredikat.choose') : undefined}
        >
          <Stack gap="sm" mt="xs">
            {ORGANISATION_PREDIKATS.map((p) => (
              <Radio
                key={p}
                value={p}
                label={t(`evaluation.orgPredikat.${p}`)}
                description={patternLines(t, p).join('; ')}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('evaluation.setPredikat.note')}
          description={t('evaluation.setPredikat.noteHint')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {save.error ? <ErrorAlert>{errorMessage(t, save.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('evaluation.setPredikat.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
