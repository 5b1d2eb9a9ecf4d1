import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { krejcieMorgan } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { periodLabel } from './survey-period.ts';
import { useSetPopulation } from './voice.api.ts';

interface PopulationModalProps {
  /** The service unit (null: closed). */
  unit: { id: string; name: string } | null;
  /** The period the form starts with. */
  period: string;
  today: string;
  onClose: () => void;
}

const MAX_POPULATION = 100_000_000;

/**
 * "Jumlah pengguna layanan": the population N of a period, from which the minimum sample follows
 * (Krejcie–Morgan, rules §7.1) — previewed while typing.
 */
export function PopulationModal({ unit, period, today, onClose }: PopulationModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unit !== null} onClose={onClose} title={t('voice.population.title')} size="lg">
      {unit ? (
        <PopulationForm key={unit.id} unit={unit} period={period} today={today} onClose={onClose} />
      ) : null}
    </AppModal>
  );
}

function PopulationForm({
  unit,
  period,
  today,
  onClose,
}: {
  unit: { id: string; name: string };
  period: string;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetPopulation(unit.id);
  const form = useForm({
    mode: 'controlled',
    initialValues: { period, population: '' as number | string },
    validate: {
      population: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_POPULATION
          ? null
          : t('voice.population.invalid'),
    },
  });
  const population = form.values.population;
  const valid = typeof population === 'number' && Number.isInteger(population) && population >= 1;

  const submit = form.onSubmit((values) => {
    save.mutate(
      { period: values.period, population: values.population as number },
      {
        onSuccess: () => {
          notify.success(
            t('voice.population.saved', {
              period: periodLabel(t, values.period),
              formatted: formatNumber(values.population as number),
            }),
          );
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('voice.typeForm.serviceUnit')}: <strong>{unit.name}</strong>
        </Text>
        <Text size="sm" c="dimmed">
          {t('voice.population.intro')}
        </Text>
        {save.error ? <ErrorAlert>{errorMessage(t, save.error)}</ErrorAlert> : null}
        <PeriodPicker
          legend={t('voice.population.period')}
          value={form.values.period}
          onChange={(value) => form.setFieldValue('period', value)}
          today={today}
        />
        <NumberInput
          label={t('voice.population.count')}
          description={t('voice.population.countHint')}
          required
          min={1}
          max={MAX_POPULATION}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          style={{ maxWidth: 260 }}
          data-autofocus
          {...form.getInputProps('population')}
        />
        <Text size="sm" aria-live="polite">
          {valid
            ? t('voice.population.preview', {
                formatted: formatNumber(krejcieMorgan(population)),
                period: periodLabel(t, form.values.period),
              })
            : t('voice.population.previewEmpty')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
