import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { OrganisationPredikat } from '@sigap/rules';
import { IconBuildingCommunity, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { hasAbility, useSession } from '../modules/auth/session.ts';
import { type UnitListItem, useEvaluationUnits } from '../modules/evaluation/evaluation.api.ts';
import { OrgPredikatBadge } from '../modules/evaluation/labels.tsx';
import { EvaluationPeriodSelect, useUuidSearchParam } from '../modules/evaluation/PeriodSelect.tsx';
import { type PredikatTarget, SetPredikatModal } from '../modules/evaluation/SetPredikatModal.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { formatInstant } from '../modules/skp/labels.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/** /penilaian/unit: the units whose organisation predikat the signed-in leader sets (rules §5.1 step 1). */
export default function EvaluationUnitsPage() {
  const me = useSession();
  return hasAbility(me, 'evaluation.rate') ? <EvaluationUnitsView /> : <ForbiddenPage />;
}

function EvaluationUnitsView() {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const [periodId, setPeriodId] = useUuidSearchParam('periode');
  const units = useEvaluationUnits(periodId);
  const [target, setTarget] = useState<PredikatTarget | null>(null);
  const data = units.data;
  const periodLabel = data ? periodName(t, i18n.language, data.period) : '';
  const open = (item: UnitListItem) =>
    data &&
    setTarget({
      unitId: item.unit.id,
      unitName: item.unit.name,
      periodId: data.period.id,
      periodLabel,
      current: item.predikat
        ? { predikat: item.predikat.predikat as OrganisationPredikat, note: item.predikat.note }
        : null,
    });

  return (
    <>
      <PageHeader
        title={t('evaluation.units.title')}
        description={t('evaluation.units.description')}
        actions={
          <>
            {data ? (
              <EvaluationPeriodSelect periods={data.periods} value={data.period.id} onChange={setPeriodId} />
            ) : null}
            {hasAbility(me, 'evaluation.settings') ? (
              <Button
                component={Link}
                to="/pengaturan-penilaian"
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t('evaluation.settings.link')}
              </Button>
            ) : null}
          </>
        }
      />
      {units.isPending ? <LoadingState label={t('evaluation.units.loading')} /> : null}
      {units.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, units.error)}</ErrorAlert>
      ) : null}
      {data && data.items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            icon={<IconBuildingCommunity aria-hidden />}
            title={t('evaluation.units.empty')}
            description={t('evaluation.units.emptyHint')}
          />
        </Card>
      ) : null}
      {data && data.items.length > 0 ? (
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-label={t('evaluation.units.listLabel', { period: periodLabel })}
          aria-busy={units.isPlaceholderData}
        >
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evaluation.units.col.unit')}</Table.Th>
                  <Table.Th scope="col">{t('evaluation.units.col.rated')}</Table.Th>
                  <Table.Th scope="col">{t('evaluation.units.col.predikat')}</Table.Th>
                  <Table.Th scope="col">{t('evaluation.units.col.state')}</Table.Th>
                  <Table.Th scope="col">{t('evaluation.units.col.violations')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="sigap-visually-hidden">{t('evaluation.units.col.action')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => {
                  const finalised = item.predikat?.finalisedAt ?? null;
                  const to = `/penilaian/unit/${item.unit.id}?periode=${data.period.id}`;
                  return (
                    <Table.Tr key={item.unit.id}>
                      <Table.Td>
                        <Stack gap={0}>
                          <Anchor component={Link} to={to} fw={600}>
                            {item.unit.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {item.unit.code}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {t('evaluation.units.ratedOf', {
                          rated: formatNumber(item.rated),
                          people: formatNumber(item.headcount),
                        })}
                      </Table.Td>
                      <Table.Td>
                        <OrgPredikatBadge
                          predikat={(item.predikat?.predikat as OrganisationPredikat) ?? null}
                        />
                      </Table.Td>
                      <Table.Td>
                        {finalised ? (
                          <Badge color="green" variant="light" radius="sm" tt="none">
                            {t('evaluation.units.finalisedAt', {
                              date: formatInstant(finalised, me.agency.timezone),
                            })}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light" radius="sm" tt="none">
                            {t('evaluation.units.open')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.predikat ? (
                          <Badge
                            color={item.violations > 0 ? 'red' : 'green'}
                            variant="light"
                            radius="sm"
                            tt="none"
                          >
                            {t('evaluation.units.violationCount', {
                              count: item.violations,
                              formatted: formatNumber(item.violations),
                            })}
                          </Badge>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {!finalised ? (
                            <Button
                              size="xs"
                              variant={item.predikat ? 'default' : 'filled'}
                              onClick={() => open(item)}
                              aria-label={t(
                                item.predikat ? 'evaluation.units.changeNamed' : 'evaluation.units.setNamed',
                                { unit: item.unit.name },
                              )}
                            >
                              {item.predikat ? t('evaluation.units.change') : t('evaluation.units.set')}
                            </Button>
                          ) : null}
                          <Button
                            size="xs"
                            variant="default"
                            component={Link}
                            to={to}
                            aria-label={t('evaluation.units.openNamed', { unit: item.unit.name })}
                          >
                            {t('evaluation.units.openUnit')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}
      <SetPredikatModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
