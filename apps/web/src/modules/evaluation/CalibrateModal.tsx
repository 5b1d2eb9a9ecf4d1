import { Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { kuadran, type RatingLevel } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { type Evaluation, useCalibrate } from './evaluation.api.ts';
import { PredikatBadge } from './labels.tsx';
import { RatingControl } from './RatingControl.tsx';

export interface CalibrationTarget {
  employeeName: string;
  evaluation: Evaluation;
}

const REASON_MIN = 5;

/** The unit head or the setter changes a rating before finalisation; a reason is required and kept. */
export function CalibrateModal({
  target,
  onClose,
}: {
  target: CalibrationTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('evaluation.calibrate.title', { name: target.employeeName }) : ''}
      size="lg"
    >
      {target ? <CalibrateForm key={target.evaluation.id} target={target} onClose={onClose} /> : null}
    </AppModal>
  );
}

function CalibrateForm({ target, onClose }: { target: CalibrationTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const calibrate = useCalibrate(target.evaluation.id);
  const [hasil, setHasil] = useState<RatingLevel>(target.evaluation.hasilKerja);
  const [perilaku, setPerilaku] = useState<RatingLevel>(target.evaluation.perilakuKerja);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const predikat = kuadran(hasil, perilaku);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < REASON_MIN) {
      setReasonError(t('evaluation.calibrate.reasonRequired', { min: REASON_MIN }));
      return;
    }
    calibrate.mutate(
      { hasilKerja: hasil, perilakuKerja: perilaku, reason: reason.trim() },
      {
        onSuccess: (saved) => {
          notify.success(
            t('evaluation.calibrate.done', {
              name: target.employeeName,
              predikat: t(`evaluation.predikat.${saved.predikat}`),
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
        <Text size="sm">
          {t('evaluation.calibrate.intro', {
            rater: target.evaluation.raterName,
            predikat: t(`evaluation.predikat.${target.evaluation.predikat}`),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <RatingControl label={t('evaluation.hasilKerja')} value={hasil} onChange={setHasil} />
          <RatingControl label={t('evaluation.perilakuKerja')} value={perilaku} onChange={setPerilaku} />
        </SimpleGrid>
        <Group gap={6} role="status" aria-live="polite">
          <Text size="sm">{t('evaluation.calibrate.result')}</Text>
          <PredikatBadge predikat={predikat} />
        </Group>
        <Textarea
          label={t('evaluation.calibrate.reason')}
          description={t('evaluation.calibrate.reasonHint')}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError}
        />
        {calibrate.error ? <ErrorAlert>{errorMessage(t, calibrate.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={calibrate.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={calibrate.isPending}>
            {t('evaluation.calibrate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
