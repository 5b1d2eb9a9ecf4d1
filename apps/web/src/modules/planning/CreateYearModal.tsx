import { Button, Checkbox, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DEFAULT_FILLING_DAYS,
  defaultSkpDeadline,
  MAX_FILLING_DAYS,
  MAX_PERIOD_YEAR,
  MIN_PERIOD_YEAR,
} from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { periodCount } from './period-format.ts';
import { isCalendarDate, type PlanningYear, useCreatePlanningYear } from './planning.api.ts';

interface CreateYearModalProps {
  opened: boolean;
  onClose: () => void;
  /** The year the form starts with. */
  suggestedYear: number;
  onCreated: (year: PlanningYear) => void;
}

/** "Buka tahun kinerja": the year, its SKP deadline and its period scheme. */
export function CreateYearModal({ opened, onClose, suggestedYear, onCreated }: CreateYearModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('planning.open')} size="lg">
      {opened ? (
        <CreateYearForm onClose={onClose} suggestedYear={suggestedYear} onCreated={onCreated} />
      ) : null}
    </AppModal>
  );
}

const validYear = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= MIN_PERIOD_YEAR &&
  value <= MAX_PERIOD_YEAR;

/** Server field paths (`/fillingDays`) to form fields. */
const FIELDS: Record<string, 'year' | 'skpDeadline' | 'fillingDays'> = {
  '/year': 'year',
  '/skpDeadline': 'skpDeadline',
  '/fillingDays': 'fillingDays',
};

function CreateYearForm({ onClose, suggestedYear, onCreated }: Omit<CreateYearModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useCreatePlanningYear();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      year: suggestedYear as number | string,
      skpDeadline: defaultSkpDeadline(suggestedYear),
      monthly: true,
      quarterly: false,
      fillingDays: DEFAULT_FILLING_DAYS as number | string,
    },
    validate: {
      year: (value) =>
        validYear(value)
          ? null
          : t('planning.form.yearInvalid', { min: MIN_PERIOD_YEAR, max: MAX_PERIOD_YEAR }),
      skpDeadline: (value, values) => {
        if (!isCalendarDate(value)) return t('planning.form.deadlineRequired');
        if (validYear(values.year) && !value.startsWith(`${values.year}-`)) {
          return t('planning.form.deadlineYear', { year: values.year });
        }
        return null;
      },
      fillingDays: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FILLING_DAYS
          ? null
          : t('planning.form.fillingDaysInvalid', { max: MAX_FILLING_DAYS }),
    },
  });
  const { values } = form;

  // The deadline follows the year (31 January) until the person changes it.
  const changeYear = (value: number | string) => {
    const deadlineWasDefault = validYear(values.year)
      ? values.skpDeadline === defaultSkpDeadline(values.year)
      : true;
    form.setFieldValue('year', value);
    if (deadlineWasDefault && validYear(value)) form.setFieldValue('skpDeadline', defaultSkpDeadline(value));
  };

  const submit = form.onSubmit((input) => {
    create.mutate(
      {
        year: input.year as number,
        skpDeadline: input.skpDeadline,
        monthly: input.monthly,
        quarterly: input.quarterly,
        fillingDays: input.fillingDays as number,
      },
      {
        onSuccess: (created) => {
          notify.success(t('planning.created', { year: created.year, count: created.periods.length }));
          onCreated(created);
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'PLANNING_YEAR_EXISTS') {
            form.setFieldError('year', t('errors.PLANNING_YEAR_EXISTS'));
          } else if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
            for (const detail of error.details as { path?: string }[]) {
              const field = FIELDS[detail.path ?? ''];
              if (field) form.setFieldError(field, t('planning.form.fieldInvalid'));
            }
          }
        },
      },
    );
  });

  // The year's own error is shown at the field; anything else above the form.
  const generalError =
    create.error && !(isApiError(create.error) && create.error.code === 'PLANNING_YEAR_EXISTS')
      ? errorMessage(t, create.error)
      : null;
  const count = periodCount(values.monthly, values.quarterly);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('planning.form.intro')}
        </Text>
        {generalError ? <ErrorAlert>{generalError}</ErrorAlert> : null}
        <Group grow align="flex-start" wrap="wrap" gap="md">
          <NumberInput
            label={t('planning.form.year')}
            required
            min={MIN_PERIOD_YEAR}
            max={MAX_PERIOD_YEAR}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            {...form.getInputProps('year')}
            onChange={changeYear}
            style={{ minWidth: 160 }}
          />
          <TextInput
            type="date"
            label={t('planning.skpDeadline')}
            description={t('planning.form.deadlineHint')}
            required
            {...form.getInputProps('skpDeadline')}
            style={{ minWidth: 200 }}
          />
        </Group>
        <Fieldset
          legend={t('planning.form.scheme')}
          variant="unstyled"
          styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', padding: 0 } }}
        >
          <Stack gap="xs" mt={4}>
            <Text size="sm" c="dimmed">
              {t('planning.form.schemeHint')}
            </Text>
            <Checkbox
              label={t('planning.form.monthly')}
              {...form.getInputProps('monthly', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('planning.form.quarterly')}
              {...form.getInputProps('quarterly', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <NumberInput
          label={t('planning.form.fillingDays')}
          description={t('planning.form.fillingDaysHint', { max: MAX_FILLING_DAYS })}
          required
          min={0}
          max={MAX_FILLING_DAYS}
          allowDecimal={false}
          allowNegative={false}
          suffix={` ${t('planning.form.days')}`}
          {...form.getInputProps('fillingDays')}
          style={{ maxWidth: 240 }}
        />
        <Text size="sm" aria-live="polite">
          {t('planning.form.preview', { formatted: formatNumber(count), count })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('planning.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
