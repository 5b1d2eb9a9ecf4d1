import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { groupNip } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { type EvaluationUnit, useFinaliseUnit } from './evaluation.api.ts';

/**
 * "Tetapkan": the setter signs the Penetapan Predikat Kinerja electronically, which locks the unit's
 * evaluations of the period. Under the WARN policy the violations are shown as a warning; under BLOCK the
 * server refuses and its numbers are shown.
 */
export function FinaliseModal({
  unit,
  periodLabel,
  opened,
  onClose,
}: {
  unit: EvaluationUnit;
  periodLabel: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const finalise = useFinaliseUnit(unit.unit.id);
  const { curve, predikat } = unit;
  const close = () => {
    finalise.reset();
    onClose();
  };
  const confirm = () =>
    finalise.mutate(unit.period.id, {
      onSuccess: () => {
        notify.success(t('evaluation.finalise.done', { unit: unit.unit.name }));
        onClose();
      },
    });

  return (
    <AppModal opened={opened} onClose={close} title={t('evaluation.finalise.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">
          {t('evaluation.finalise.summary', {
            unit: unit.unit.name,
            period: periodLabel,
            predikat: predikat ? t(`evaluation.orgPredikat.${predikat.predikat}`) : '—',
            rated: curve.total,
            people: curve.total + curve.unrated,
          })}
        </Text>
        <Alert
          color="blue"
          variant="light"
          icon={<IconSignature aria-hidden />}
          title={t('evaluation.finalise.signTitle')}
        >
          <Text size="sm">
            {t('evaluation.finalise.signText', {
              name: me.user.displayName,
              unit: unit.unit.name,
              period: periodLabel,
            })}
          </Text>
        </Alert>
        {curve.unrated > 0 ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('evaluation.finalise.unrated', { count: curve.unrated })}
          </Alert>
        ) : null}
        {curve.violations.length > 0 ? (
          <Alert
            color={unit.policy === 'BLOCK' ? 'red' : 'orange'}
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={
              unit.policy === 'BLOCK'
                ? t('evaluation.finalise.blockTitle')
                : t('evaluation.finalise.warnTitle')
            }
          >
            <Stack gap={6}>
              <List size="sm" spacing={2}>
                {curve.violations.map((v) => (
                  <List.Item key={v.message}>{v.message}</List.Item>
                ))}
              </List>
              <Text size="sm">
                {unit.policy === 'BLOCK'
                  ? t('evaluation.finalise.blockHint')
                  : t('evaluation.finalise.warnHint')}
              </Text>
            </Stack>
          </Alert>
        ) : null}
        {finalise.error ? <FinaliseError error={finalise.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={finalise.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={confirm}
            loading={finalise.isPending}
            leftSection={<IconSignature size={16} aria-hidden />}
          >
            {t('evaluation.finalise.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

interface RefusalDetails {
  violations?: { message: string }[];
  employees?: { id: string; nip: string; name: string }[];
}

/** The server's refusal with its details: the broken bounds, or the people still without a rating. */
function FinaliseError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = (isApiError(error) ? error.details : null) as RefusalDetails | null;
  return (
    <ErrorAlert title={t('evaluation.finalise.refused')}>
      <Stack gap={6}>
        <Text size="sm">{errorMessage(t, error)}</Text>
        {details?.violations?.length ? (
          <List size="sm" spacing={2}>
            {details.violations.map((v) => (
              <List.Item key={v.message}>{v.message}</List.Item>
            ))}
          </List>
        ) : null}
        {details?.employees?.length ? (
          <>
            <Text size="sm">{t('evaluation.finalise.notRatedList')}</Text>
            <List size="sm" spacing={2}>
              {details.employees.map((e) => (
                <List.Item key={e.id}>
                  {e.name} ({groupNip(e.nip)})
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </ErrorAlert>
  );
}
