import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import type { Matrix } from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconInfoCircle,
  IconListCheck,
  IconSearchOff,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { SkpStatusBadge } from '../modules/skp/labels.tsx';
import { useAssignFromMatrix, useMatrix, useSkp } from '../modules/skp/skp.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { MessagePage } from '../ui/MessagePage.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A subordinate's SKP that can take new RHKs (none yet, or an editable draft). */
const OPEN_STATUSES = new Set([null, 'DRAFT', 'RETURNED']);
const pairKey = (rhkId: string, employeeId: string) => `${rhkId}|${employeeId}`;

/** Matriks Peran Hasil: the leader's RHKs × the people they rate, with the gaps, and bulk assignment. */
export default function SkpMatrixPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const matrix = useMatrix(valid ? id : null);
  const skp = useSkp(valid ? id : null);

  if (!valid || (matrix.isError && isApiError(matrix.error) && matrix.error.status === 404)) {
    return (
      <MessagePage
        title={t('skp.notFound')}
        description={t('skp.notFoundHint')}
        icon={<IconSearchOff size={32} aria-hidden />}
      />
    );
  }

  const title = t('skp.matrix.title');
  const back = (
    <Anchor
      component={Link}
      to={`/skp/${id}`}
      size="sm"
      mb="xs"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('skp.matrix.back')}
    </Anchor>
  );
  return (
    <>
      {back}
      <PageHeader
        eyebrow={
          skp.data ? t('skp.detailTitle', { year: skp.data.year, name: skp.data.employee.name }) : undefined
        }
        title={title}
        description={t('skp.matrix.description')}
      />
      {matrix.isPending ? <LoadingState label={t('skp.matrix.loading')} /> : null}
      {matrix.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, matrix.error)}</ErrorAlert>
      ) : null}
      {matrix.data ? <MatrixView key={matrix.data.skpId} matrix={matrix.data} /> : null}
    </>
  );
}

function MatrixView({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const assign = useAssignFromMatrix(matrix.skpId);
  const canAssign = matrix.abilities.includes('assign');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [lockError, setLockError] = useState<string | null>(null);

  const linksByCell = useMemo(() => {
    const map = new Map<string, Matrix['links']>();
    for (const link of matrix.links) {
      const key = pairKey(link.rhkId, link.employeeId);
      map.set(key, [...(map.get(key) ?? []), link]);
    }
    return map;
  }, [matrix.links]);
  const rhkGaps = new Set(matrix.gaps.rhksWithoutContributor);
  const subGaps = new Set(matrix.gaps.subordinatesWithoutLink);

  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = () => {
    setLockError(null);
    const assignments = [...selected].map((key) => {
      const [rhkId, employeeId] = key.split('|') as [string, string];
      return { rhkId, employeeId };
    });
    assign.mutate(assignments, {
      onSuccess: (result) => {
        setSelected(new Set());
        const assigned = t('skp.matrix.assigned', {
          count: result.created,
          formatted: formatNumber(result.created),
        });
        const drafts =
          result.draftsCreated > 0
            ? ` ${t('skp.matrix.draftsCreated', { count: result.draftsCreated, formatted: formatNumber(result.draftsCreated) })}.`
            : '';
        notify.success(`${assigned}${drafts}`);
      },
      onError: (error) => {
        // The server names whose SKP is locked: its message says more than the generic translation.
        setLockError(
          isApiError(error) && (error.code === 'SKP_LOCKED' || error.code === 'MATRIX_NOT_APPROVED')
            ? error.message
            : errorMessage(t, error),
        );
      },
    });
  };

  if (matrix.subordinates.length === 0 || matrix.rhks.length === 0) {
    return (
      <Card withBorder radius="md" padding="md">
        <EmptyResult
          icon={<IconListCheck aria-hidden />}
          title={matrix.rhks.length === 0 ? t('skp.matrix.noRhk') : t('skp.matrix.noSubordinates')}
          description={matrix.rhks.length === 0 ? undefined : t('skp.matrix.noSubordinatesHint')}
        />
      </Card>
    );
  }

  const gapCount = rhkGaps.size + subGaps.size;
  return (
    <Stack gap="md">
      {gapCount > 0 ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('skp.matrix.gapsTitle')}
        >
          <Stack gap={2}>
            {rhkGaps.size > 0 ? (
              <Text size="sm">
                {t('skp.matrix.gapsRhk', { count: rhkGaps.size, formatted: formatNumber(rhkGaps.size) })}
              </Text>
            ) : null}
            {subGaps.size > 0 ? (
              <Text size="sm">
                {t('skp.matrix.gapsSub', { count: subGaps.size, formatted: formatNumber(subGaps.size) })}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : (
        <Alert color="green" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('skp.matrix.noGaps')}
        </Alert>
      )}
      {canAssign ? (
        <Text size="sm" c="dimmed">
          {t('skp.matrix.assignHint')}
        </Text>
      ) : matrix.status !== 'APPROVED' ? (
        <Text size="sm" c="dimmed">
          {t('skp.matrix.notApproved')}
        </Text>
      ) : null}
      {lockError ? <ErrorAlert>{lockError}</ErrorAlert> : null}

      <Card withBorder radius="md" padding={0} component="section" aria-label={t('skp.matrix.title')}>
        <Table.ScrollContainer minWidth={240 + matrix.subordinates.length * 210} type="native">
          <Table withColumnBorders withRowBorders className="sigap-matrix" verticalSpacing="sm">
            <Table.Caption className="sigap-visually-hidden">{t('skp.matrix.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className="sigap-matrix-rhk">
                  {t('skp.matrix.leaderRhk')}
                </Table.Th>
                {matrix.subordinates.map((sub) => {
                  const gap = subGaps.has(sub.id);
                  return (
                    <Table.Th
                      key={sub.id}
                      scope="col"
                      className={`sigap-matrix-sub${gap ? ' sigap-matrix-gap-col' : ''}`}
                    >
                      <Stack gap={4}>
                        <Text size="sm" fw={700}>
                          {sub.fullName}
                        </Text>
                        <Text size="xs" fw={400}>
                          {sub.positionName}
                        </Text>
                        <Group gap={4}>
                          {sub.skpStatus ? (
                            <SkpStatusBadge status={sub.skpStatus} size="sm" />
                          ) : (
                            <Badge variant="outline" color="gray" radius="sm" size="sm">
                              {t('skp.team.notCreated')}
                            </Badge>
                          )}
                        </Group>
                        {gap ? (
                          <Text size="xs" fw={600} c="var(--mantine-color-orange-light-color)">
                            {t('skp.matrix.subGap')}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.rhks.map((rhk, index) => {
                const gap = rhkGaps.has(rhk.id);
                return (
                  <Table.Tr key={rhk.id} className={gap ? 'sigap-matrix-gap-row' : undefined}>
                    <Table.Th scope="row" className="sigap-matrix-rhk">
                      <Stack gap={4}>
                        <Text size="xs" c="dimmed" fw={600}>
                          {t('skp.editor.rhkName', {
                            category: t(`skp.category.${rhk.category}`),
                            n: index + 1,
                          })}
                        </Text>
                        <Text size="sm" fw={600}>
                          {rhk.text}
                        </Text>
                        {gap ? (
                          <Group gap={4} wrap="nowrap" c="var(--mantine-color-orange-light-color)">
                            <IconAlertTriangle size={14} aria-hidden />
                            <Text size="xs" fw={600}>
                              {t('skp.matrix.rhkGap')}
                            </Text>
                          </Group>
                        ) : null}
                      </Stack>
                    </Table.Th>
                    {matrix.subordinates.map((sub) => {
                      const key = pairKey(rhk.id, sub.id);
                      const links = linksByCell.get(key) ?? [];
                      if (links.length > 0) {
                        return (
                          <Table.Td key={sub.id}>
                            <ul className="sigap-matrix-links">
                              {links.map((link) => (
                                <li key={link.childRhkId}>
                                  <Text size="sm">{link.text}</Text>
                                </li>
                              ))}
                            </ul>
                          </Table.Td>
                        );
                      }
                      if (!canAssign) {
                        return (
                          <Table.Td key={sub.id}>
                            <Text size="sm" c="dimmed" aria-label={t('skp.matrix.emptyCell')}>
                              —
                            </Text>
                          </Table.Td>
                        );
                      }
                      const open = OPEN_STATUSES.has(sub.skpStatus);
                      return (
                        <Table.Td key={sub.id}>
                          <Checkbox
                            size="sm"
                            checked={selected.has(key)}
                            disabled={!open}
                            onChange={(event) => toggle(key, event.currentTarget.checked)}
                            aria-label={t('skp.matrix.pick', { rhk: rhk.text, name: sub.fullName })}
                            label={
                              <Text size="xs" c="dimmed" span>
                                {open ? t('skp.matrix.pickShort') : t('skp.matrix.locked')}
                              </Text>
                            }
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      {canAssign ? (
        <div className="sigap-savebar">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('skp.matrix.selected', { count: selected.size, formatted: formatNumber(selected.size) })}
            </Text>
            <Button onClick={submit} disabled={selected.size === 0} loading={assign.isPending}>
              {t('skp.matrix.assign', { count: selected.size, formatted: formatNumber(selected.size) })}
            </Button>
          </Group>
        </div>
      ) : null}
    </Stack>
  );
}
