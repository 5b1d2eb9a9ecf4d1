import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { OrganisationPredikat } from '@sigap/rules';
import {
  IconArrowLeft,
  IconEdit,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconLock,
  IconSignature,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { groupNip } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { CalibrateModal, type CalibrationTarget } from '../modules/evaluation/CalibrateModal.tsx';
import { CurveCard } from '../modules/evaluation/CurveCard.tsx';
import {
  type EvaluationUnit,
  penetapanPdfUrl,
  recapXlsxUrl,
  useEvaluationUnit,
} from '../modules/evaluation/evaluation.api.ts';
import { FinaliseModal } from '../modules/evaluation/FinaliseModal.tsx';
import { OrgPredikatBadge, PredikatBadge, RatingBadge } from '../modules/evaluation/labels.tsx';
import { useUuidSearchParam } from '../modules/evaluation/PeriodSelect.tsx';
import { type PredikatTarget, SetPredikatModal } from '../modules/evaluation/SetPredikatModal.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { formatInstant } from '../modules/skp/labels.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import NotFoundPage from './NotFoundPage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /penilaian/unit/:unitId: one unit and period — its organisation predikat, its curve, the calibration
 * grid of every rating in the unit, and "Tetapkan" (the electronic Penetapan Predikat Kinerja).
 */
export default function EvaluationUnitPage() {
  const { unitId = '' } = useParams();
  return UUID.test(unitId) ? <EvaluationUnitView unitId={unitId} /> : <NotFoundPage />;
}

function EvaluationUnitView({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const [periodId] = useUuidSearchParam('periode');
  const [params, setParams] = useSearchParams();
  const raterId = params.get('penilai');
  const positionKind = params.get('jabatan');
  const setFilter = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(name, value);
        else copy.delete(name);
        return copy;
      },
      { replace: true },
    );
  const unit = useEvaluationUnit(unitId, { periodId, raterId, positionKind });
  // The filter options come from the whole unit, not the filtered rows.
  const all = useEvaluationUnit(unitId, { periodId, raterId: null, positionKind: null });
  const [predikatTarget, setPredikatTarget] = useState<PredikatTarget | null>(null);
  const [calibrating, setCalibrating] = useState<CalibrationTarget | null>(null);
  const [finalising, setFinalising] = useState(false);
  const data = unit.data;

  if (unit.isPending) return <LoadingState label={t('evaluation.unit.loading')} />;
  if (!data) {
    return <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, unit.error)}</ErrorAlert>;
  }
  const periodLabel = periodName(t, i18n.language, data.period);
  const can = (ability: string) => data.abilities.includes(ability);
  const predikat = data.predikat;
  const finalised = predikat?.finalisedAt ?? null;
  const source = all.data ?? data;
  const raters = [
    ...new Map(
      source.items
        .filter((i) => i.raterEmployeeId && i.raterName)
        .map((i) => [i.raterEmployeeId as string, i.raterName as string]),
    ),
  ];
  const kinds = [...new Set(source.items.map((i) => i.employee.positionKind))];

  return (
    <>
      <Anchor component={Link} to={`/penilaian/unit?periode=${data.period.id}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('evaluation.unit.back')}
        </Group>
      </Anchor>
      <PageHeader
        eyebrow={t('evaluation.unit.eyebrow', { period: periodLabel })}
        title={data.unit.name}
        actions={
          <>
            {can('setPredikat') ? (
              <Button
                variant={predikat ? 'default' : 'filled'}
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={() =>
                  setPredikatTarget({
                    unitId: data.unit.id,
                    unitName: data.unit.name,
                    periodId: data.period.id,
                    periodLabel,
                    current: predikat
                      ? { predikat: predikat.predikat as OrganisationPredikat, note: predikat.note }
                      : null,
                  })
                }
              >
                {predikat ? t('evaluation.units.change') : t('evaluation.units.set')}
              </Button>
            ) : null}
            {can('finalise') ? (
              <Button
                leftSection={<IconSignature size={16} aria-hidden />}
                onClick={() => setFinalising(true)}
              >
                {t('evaluation.unit.finalise')}
              </Button>
            ) : null}
            {finalised ? (
              <Button
                component="a"
                href={penetapanPdfUrl(data.unit.id, data.period.id)}
                download
                variant="default"
                leftSection={<IconFileTypePdf size={16} aria-hidden />}
              >
                {t('evaluation.unit.penetapanPdf')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={recapXlsxUrl(data.unit.id, data.period.id)}
              download
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            >
              {t('evaluation.unit.recapXlsx')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <PredikatSummary unit={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CurveCard
              curve={data.curve}
              predikat={(predikat?.predikat as OrganisationPredikat | undefined) ?? null}
              unitName={data.unit.name}
            />
          </Grid.Col>
        </Grid>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="grid-kalibrasi">
          <Stack gap="sm">
            <Title order={2} size="h5" id="grid-kalibrasi">
              {t('evaluation.unit.grid')}
            </Title>
            <Text size="sm" c="dimmed">
              {can('calibrate') ? t('evaluation.unit.gridHint') : t('evaluation.unit.gridReadOnly')}
            </Text>
            <Group gap="sm" wrap="wrap" align="flex-end">
              <Select
                label={t('evaluation.unit.filterRater')}
                placeholder={t('common.all')}
                data={raters.map(([value, label]) => ({ value, label }))}
                value={raterId}
                onChange={(value) => setFilter('penilai', value)}
                clearable
                w={{ base: '100%', xs: 280 }}
              />
              <Select
                label={t('evaluation.unit.filterKind')}
                placeholder={t('common.all')}
                data={kinds.map((k) => ({
                  value: k,
                  label: t(`positionKind.${k}`, { defaultValue: k }),
                }))}
                value={positionKind}
                onChange={(value) => setFilter('jabatan', value)}
                clearable
                w={{ base: '100%', xs: 220 }}
              />
            </Group>
            {data.items.length === 0 ? (
              <EmptyResult title={t('evaluation.unit.noRows')} />
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" highlightOnHover aria-busy={unit.isPlaceholderData}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('evaluation.unit.col.employee')}</Table.Th>
                      <Table.Th scope="col">{t('evaluation.unit.col.rater')}</Table.Th>
                      <Table.Th scope="col">{t('evaluation.hasilKerja')}</Table.Th>
                      <Table.Th scope="col">{t('evaluation.perilakuKerja')}</Table.Th>
                      <Table.Th scope="col">{t('evaluation.unit.col.predikat')}</Table.Th>
                      <Table.Th scope="col">
                        <span className="sigap-visually-hidden">{t('evaluation.unit.col.action')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((item) => {
                      const e = item.evaluation;
                      return (
                        <Table.Tr key={item.employee.id}>
                          <Table.Td>
                            <Stack gap={0}>
                              <Text fw={600} size="sm">
                                {item.employee.fullName}
                                {item.isUnitHead ? (
                                  <Badge ml={6} size="xs" variant="light" color="gray" radius="sm" tt="none">
                                    {t('evaluation.unit.head')}
                                  </Badge>
                                ) : null}
                              </Text>
                              <Text size="xs" c="dimmed" className="sigap-nip">
                                {groupNip(item.employee.nip)}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {item.employee.positionName}
                              </Text>
                            </Stack>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{e?.raterName ?? item.raterName ?? '—'}</Text>
                          </Table.Td>
                          <Table.Td>{e ? <RatingBadge rating={e.hasilKerja} size="sm" /> : '—'}</Table.Td>
                          <Table.Td>{e ? <RatingBadge rating={e.perilakuKerja} size="sm" /> : '—'}</Table.Td>
                          <Table.Td>
                            {e ? (
                              <Group gap={4} wrap="nowrap">
                                <PredikatBadge predikat={e.predikat} size="sm" />
                                {e.status === 'FINAL' ? (
                                  <IconLock size={14} role="img" aria-label={t('evaluation.team.locked')} />
                                ) : null}
                              </Group>
                            ) : (
                              <Badge variant="outline" color="gray" radius="sm" size="sm" tt="none">
                                {t('evaluation.team.notRated')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {e && can('calibrate') && e.status !== 'FINAL' ? (
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() =>
                                  setCalibrating({ employeeName: item.employee.fullName, evaluation: e })
                                }
                                aria-label={t('evaluation.unit.calibrateNamed', {
                                  name: item.employee.fullName,
                                })}
                              >
                                {t('evaluation.unit.calibrate')}
                              </Button>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Card>
      </Stack>
      <SetPredikatModal target={predikatTarget} onClose={() => setPredikatTarget(null)} />
      <CalibrateModal target={calibrating} onClose={() => setCalibrating(null)} />
      {can('finalise') ? (
        <FinaliseModal
          unit={data}
          periodLabel={periodLabel}
          opened={finalising}
          onClose={() => setFinalising(false)}
        />
      ) : null}
    </>
  );
}

/** The organisation predikat: who set it, the note, and whether the Penetapan is signed. */
function PredikatSummary({ unit }: { unit: EvaluationUnit }) {
  const { t } = useTranslation();
  const me = useSession();
  const p = unit.predikat;
  if (!p) {
    return (
      <Alert color="gray" variant="light">
        {unit.abilities.includes('setPredikat')
          ? t('evaluation.unit.noPredikatSetter')
          : t('evaluation.unit.noPredikat')}
      </Alert>
    );
  }
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap={8} wrap="wrap">
            <Text fw={600}>{t('evaluation.unit.orgPredikat')}</Text>
            <OrgPredikatBadge predikat={p.predikat as OrganisationPredikat} size="lg" />
          </Group>
          <Text size="sm" c="dimmed">
            {t('evaluation.unit.setBy', {
              name: p.setByName,
              date: formatInstant(p.setAt, me.agency.timezone),
            })}
          </Text>
          {p.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.note}
            </Text>
          ) : null}
          {p.finalisedAt && p.signature ? (
            <Text size="sm" mt="xs">
              {t('evaluation.unit.signedBy', {
                name: p.signature.name,
                position: p.signature.positionName,
                date: formatInstant(p.finalisedAt, me.agency.timezone),
              })}
            </Text>
          ) : null}
        </Stack>
        {p.finalisedAt ? (
          <Badge
            color="green"
            variant="light"
            radius="sm"
            size="lg"
            tt="none"
            leftSection={<IconLock size={14} aria-hidden />}
          >
            {t('evaluation.unit.finalised', { date: formatInstant(p.finalisedAt, me.agency.timezone) })}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" radius="sm" size="lg" tt="none">
            {t('evaluation.unit.notFinalised', { policy: t(`evaluation.policy.${unit.policy}`) })}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
