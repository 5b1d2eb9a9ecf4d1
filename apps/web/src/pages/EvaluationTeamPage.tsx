import { Card, Grid, Select, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { useAbility } from '../modules/auth/session.ts';
import { CurveCard } from '../modules/evaluation/CurveCard.tsx';
import { useEvaluationSettings, useEvaluationTeam } from '../modules/evaluation/evaluation.api.ts';
import { annualPath } from '../modules/evaluation/monitoring.api.ts';
import { EvaluationPeriodSelect, useUuidSearchParam } from '../modules/evaluation/PeriodSelect.tsx';
import { RatingCard } from '../modules/evaluation/RatingCard.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/** /penilaian: the rater rates each person of a period next to the curve of their unit (rules §5). */
export default function EvaluationTeamPage() {
  const allowed = useAbility('evaluation.rate');
  return allowed ? <EvaluationTeamView /> : <ForbiddenPage />;
}

function EvaluationTeamView() {
  const { t, i18n } = useTranslation();
  const [periodId, setPeriodId] = useUuidSearchParam('periode');
  const [unitParam, setUnitParam] = useUuidSearchParam('unit');
  const team = useEvaluationTeam(periodId);
  const settings = useEvaluationSettings();
  const data = team.data;
  const units = data?.units ?? [];
  const unitId = units.find((u) => u.unitId === unitParam)?.unitId ?? units[0]?.unitId ?? null;
  const unit = units.find((u) => u.unitId === unitId) ?? null;
  const items = (data?.items ?? []).filter((i) => i.unitId === unitId);

  return (
    <>
      <PageHeader
        title={t('evaluation.team.title')}
        description={t('evaluation.team.description')}
        actions={
          data ? (
            <EvaluationPeriodSelect periods={data.periods} value={data.period.id} onChange={setPeriodId} />
          ) : null
        }
      />
      {team.isPending ? <LoadingState label={t('evaluation.team.loading')} /> : null}
      {team.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, team.error)}</ErrorAlert>
      ) : null}
      {data && data.items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            icon={<IconUsersGroup aria-hidden />}
            title={t('evaluation.team.empty')}
            description={t('evaluation.team.emptyHint')}
          />
        </Card>
      ) : null}
      {data && unit ? (
        <Stack gap="md" aria-busy={team.isPlaceholderData}>
          {units.length > 1 ? (
            <Select
              label={t('evaluation.team.unit')}
              data={units.map((u) => ({
                value: u.unitId,
                label: t('evaluation.team.unitOption', {
                  name: u.name,
                  count: data.items.filter((i) => i.unitId === u.unitId).length,
                }),
              }))}
              value={unitId}
              onChange={(next) => next && setUnitParam(next)}
              allowDeselect={false}
              searchable
              w={{ base: '100%', sm: 420 }}
            />
          ) : null}
          <Text size="sm" c="dimmed">
            {t('evaluation.team.intro', {
              period: periodName(t, i18n.language, data.period),
              count: items.length,
              formatted: formatNumber(items.length),
            })}
          </Text>
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: 2, lg: 1 }}>
              <Stack
                gap="md"
                component="section"
                aria-label={t('evaluation.team.listLabel', { unit: unit.name })}
              >
                {items.map((item) => (
                  <RatingCard
                    key={`${item.employee.id}-${data.period.id}`}
                    item={item}
                    periodId={data.period.id}
                    leaderRatingMap={settings.data?.leaderRatingMap ?? null}
                    annualHref={annualPath(item.employee.id, data.period.start.slice(0, 4))}
                  />
                ))}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }} order={{ base: 1, lg: 2 }}>
              <div className="sigap-sticky-aside">
                <CurveCard curve={unit.curve} predikat={unit.predikat} unitName={unit.name} />
              </div>
            </Grid.Col>
          </Grid>
        </Stack>
      ) : null}
    </>
  );
}
