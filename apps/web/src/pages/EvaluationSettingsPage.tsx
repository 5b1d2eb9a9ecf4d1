import {
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  ORGANISATION_PREDIKATS,
  type OrganisationPredikat,
  type RatingLevel,
  ROUNDING_MODES,
  type RoundingMode,
} from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { useAbility } from '../modules/auth/session.ts';
import {
  type EvaluationSettings,
  useEvaluationSettings,
  useUpdateEvaluationSettings,
} from '../modules/evaluation/evaluation.api.ts';
import { RATING_SCALE } from '../modules/evaluation/labels.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

const DAYS_MIN = 1;
const DAYS_MAX = 90;

/** /pengaturan-penilaian: the agency admin's evaluation settings (rules §5.1, §5.4, §5.6). */
export default function EvaluationSettingsPage() {
  const allowed = useAbility('evaluation.settings');
  return allowed ? <SettingsView /> : <ForbiddenPage />;
}

function SettingsView() {
  const { t } = useTranslation();
  const settings = useEvaluationSettings();
  return (
    <>
      <PageHeader title={t('evaluation.settings.title')} description={t('evaluation.settings.description')} />
      {settings.isPending ? <LoadingState label={t('evaluation.settings.loading')} /> : null}
      {settings.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, settings.error)}</ErrorAlert>
      ) : null}
      {settings.data ? <SettingsForm key={JSON.stringify(settings.data)} initial={settings.data} /> : null}
    </>
  );
}

function SettingsForm({ initial }: { initial: EvaluationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateEvaluationSettings();
  const [values, setValues] = useState<EvaluationSettings>(initial);
  const [daysError, setDaysError] = useState<string | null>(null);
  const roundingData = ROUNDING_MODES.map((m) => ({ value: m, label: t(`evaluation.rounding.${m}`) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (
      !Number.isInteger(values.objectionDays) ||
      values.objectionDays < DAYS_MIN ||
      values.objectionDays > DAYS_MAX
    ) {
      setDaysError(t('evaluation.settings.daysRange', { min: DAYS_MIN, max: DAYS_MAX }));
      return;
    }
    update.mutate(values, { onSuccess: () => notify.success(t('evaluation.settings.saved')) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="kebijakan-pola">
          <Stack gap="sm">
            <Title order={2} size="h5" id="kebijakan-pola">
              {t('evaluation.settings.patternTitle')}
            </Title>
            <Radio.Group
              label={t('evaluation.settings.policy')}
              value={values.violationPolicy}
              onChange={(value) =>
                setValues((current) => ({
                  ...current,
                  violationPolicy: value === 'BLOCK' ? 'BLOCK' : 'WARN',
                }))
              }
            >
              <Stack gap="xs" mt={4}>
                <Radio
                  value="WARN"
                  label={t('evaluation.policy.WARN')}
                  description={t('evaluation.settings.warnHint')}
                />
                <Radio
                  value="BLOCK"
                  label={t('evaluation.policy.BLOCK')}
                  description={t('evaluation.settings.blockHint')}
                />
              </Stack>
            </Radio.Group>
            <Text size="sm" c="dimmed">
              {t('evaluation.settings.roundingIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('evaluation.settings.roundingAtLeast')}
                data={roundingData}
                value={values.rounding.atLeast}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  setValues((current) => ({
                    ...current,
                    rounding: { ...current.rounding, atLeast: value as RoundingMode },
                  }))
                }
              />
              <Select
                label={t('evaluation.settings.roundingAtMost')}
                data={roundingData}
                value={values.rounding.atMost}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  setValues((current) => ({
                    ...current,
                    rounding: { ...current.rounding, atMost: value as RoundingMode },
                  }))
                }
              />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="keberatan">
          <Stack gap="sm">
            <Title order={2} size="h5" id="keberatan">
              {t('evaluation.settings.objectionTitle')}
            </Title>
            <NumberInput
              label={t('evaluation.settings.objectionDays')}
              description={t('evaluation.settings.objectionDaysHint')}
              min={DAYS_MIN}
              max={DAYS_MAX}
              allowDecimal={false}
              value={values.objectionDays}
              onChange={(value) => {
                setValues((current) => ({ ...current, objectionDays: Number(value) }));
                setDaysError(null);
              }}
              error={daysError}
              w={{ base: '100%', xs: 320 }}
            />
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="kepala-unit">
          <Stack gap="sm">
            <Title order={2} size="h5" id="kepala-unit">
              {t('evaluation.settings.leaderTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('evaluation.settings.leaderIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              {ORGANISATION_PREDIKATS.map((p: OrganisationPredikat) => (
                <Select
                  key={p}
                  label={t('evaluation.settings.leaderFor', { predikat: t(`evaluation.orgPredikat.${p}`) })}
                  data={RATING_SCALE.map((r) => ({ value: r, label: t(`evaluation.rating.${r}`) }))}
                  value={values.leaderRatingMap[p]}
                  allowDeselect={false}
                  onChange={(value) =>
                    value &&
                    setValues((current) => ({
                      ...current,
                      leaderRatingMap: { ...current.leaderRatingMap, [p]: value as RatingLevel },
                    }))
                  }
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Card>
        {update.error ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('evaluation.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
