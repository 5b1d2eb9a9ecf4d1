import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { PersonSnapshot, SkpDetail, SkpRhk } from '@sigap/contracts';
import {
  BERAKHLAK,
  type BerakhlakValue,
  LAMPIRAN_SECTIONS,
  RHK_CATEGORIES,
  type RhkCategory,
} from '@sigap/rules';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, groupNip } from '../../lib/format.ts';
import { DefinitionList } from '../../ui/DefinitionList.tsx';

/** The employee and the rater as they were when the SKP was set (snapshots), side by side. */
export function PersonCards({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <PersonCard title={t('skp.employee')} person={skp.employee} headingId="skp-pegawai" />
      <PersonCard title={t('skp.rater')} person={skp.rater} headingId="skp-penilai" />
    </SimpleGrid>
  );
}

function PersonCard({
  title,
  person,
  headingId,
}: {
  title: string;
  person: PersonSnapshot;
  headingId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={2} size="h5" id={headingId}>
          {title}
        </Title>
        {person.kind === 'HEAD_OF_REGION' ? (
          <Badge variant="light" color="violet" radius="sm">
            {t('skp.headOfRegion')}
          </Badge>
        ) : null}
      </Group>
      <DefinitionList
        cols={2}
        items={[
          { label: t('skp.person.name'), value: person.name },
          {
            label: t('skp.person.nip'),
            value: person.nip ? <span className="sigap-nip">{groupNip(person.nip)}</span> : null,
          },
          { label: t('skp.person.golongan'), value: person.golongan },
          { label: t('skp.person.position'), value: person.positionName },
          { label: t('skp.person.unit'), value: person.unitName },
        ]}
      />
    </Card>
  );
}

export function SectionCard({
  id,
  title,
  description,
  children,
  actions,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

/** A target as printed: "12 dokumen", "74,5 tahun", or the narrative of a qualitative SKP. */
export function targetOf(skp: Pick<SkpDetail, 'approach'>, indicator: SkpRhk['indicators'][number]): string {
  if (skp.approach === 'KUALITATIF') return indicator.targetText ?? '';
  if (indicator.targetValue === null) return '';
  return [formatNumber(indicator.targetValue), indicator.targetUnit].filter(Boolean).join(' ');
}

const LETTER: Record<RhkCategory, string> = { UTAMA: 'A', TAMBAHAN: 'B' };

/**
 * The results section in the official layout: A. Utama / B. Tambahan; one row per indicator, the RHK cells
 * spanning its indicators. JA/JF: RHK atasan yang diintervensi | RHK | Aspek | IKI | Target.
 * JPT: RHK (penugasan dari) | IKI | Target | Perspektif.
 */
export function ResultsTable({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const jpt = skp.format === 'JPT';
  const columns = jpt ? 5 : 6;
  const dash = <Text c="dimmed">—</Text>;
  return (
    <Table.ScrollContainer minWidth={jpt ? 720 : 880}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" className="sigap-skp-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              {t('skp.col.no')}
            </Table.Th>
            {jpt ? null : <Table.Th scope="col">{t('skp.col.parentRhk')}</Table.Th>}
            <Table.Th scope="col">{t('skp.col.rhk')}</Table.Th>
            {jpt ? null : <Table.Th scope="col">{t('skp.col.aspect')}</Table.Th>}
            <Table.Th scope="col">{t('skp.col.iki')}</Table.Th>
            <Table.Th scope="col">{t('skp.col.target')}</Table.Th>
            {jpt ? <Table.Th scope="col">{t('skp.col.perspective')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RHK_CATEGORIES.map((category) => {
            const rhks = skp.rhks.filter((r) => r.category === category);
            return (
              <Fragment key={category}>
                <Table.Tr className="sigap-skp-group-row">
                  <Table.Th scope="colgroup" colSpan={columns}>
                    {LETTER[category]}. {t(`skp.category.${category}`)}
                  </Table.Th>
                </Table.Tr>
                {rhks.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Text size="sm" c="dimmed">
                        {t('skp.noRhkInCategory')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
                {rhks.map((rhk, index) => {
                  const rows = Math.max(1, rhk.indicators.length);
                  const indicators = rhk.indicators.length > 0 ? rhk.indicators : [null];
                  return indicators.map((indicator, j) => (
                    <Table.Tr key={indicator?.id ?? `${rhk.id}-none`}>
                      {j === 0 ? (
                        <>
                          <Table.Td rowSpan={rows} style={{ verticalAlign: 'top' }}>
                            {index + 1}
                          </Table.Td>
                          {jpt ? null : (
                            <Table.Td rowSpan={rows} style={{ verticalAlign: 'top' }}>
                              {rhk.parentRhkText ? <Text size="sm">{rhk.parentRhkText}</Text> : dash}
                            </Table.Td>
                          )}
                          <Table.Td rowSpan={rows} style={{ verticalAlign: 'top' }}>
                            <Text size="sm" fw={600}>
                              {rhk.text || '—'}
                            </Text>
                            {jpt && rhk.penugasanDari ? (
                              <Text size="xs" c="dimmed" mt={4}>
                                {t('skp.penugasanDariShort', { who: rhk.penugasanDari })}
                              </Text>
                            ) : null}
                          </Table.Td>
                        </>
                      ) : null}
                      {jpt ? null : (
                        <Table.Td>{indicator ? t(`skp.aspect.${indicator.aspect}`) : dash}</Table.Td>
                      )}
                      <Table.Td>{indicator ? <Text size="sm">{indicator.text || '—'}</Text> : dash}</Table.Td>
                      <Table.Td>
                        {indicator ? <Text size="sm">{targetOf(skp, indicator) || '—'}</Text> : dash}
                      </Table.Td>
                      {jpt ? (
                        <Table.Td>
                          {indicator?.perspective
                            ? t(`skp.perspective.${indicator.perspective}`, {
                                defaultValue: indicator.perspective,
                              })
                            : '—'}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ));
                })}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The seven BerAKHLAK values with their guideline behaviours (official Indonesian text) and, per value, `render(code)`. */
export function BehaviourList({ render }: { render: (value: BerakhlakValue) => ReactNode }) {
  return (
    <Stack gap="md" component="ol" className="sigap-plain-list">
      {BERAKHLAK.map((value, index) => (
        <li key={value.code} className="sigap-skp-behaviour">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap={4}>
              <Text fw={700} lang="id">
                {index + 1}. {value.name}
              </Text>
              <ul className="sigap-skp-behaviours" lang="id">
                {value.behaviours.map((behaviour) => (
                  <li key={behaviour}>
                    <Text size="sm">{behaviour}</Text>
                  </li>
                ))}
              </ul>
            </Stack>
            <div>{render(value)}</div>
          </SimpleGrid>
        </li>
      ))}
    </Stack>
  );
}

export function ReadOnlyBehaviour({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  return (
    <BehaviourList
      render={({ code }) => (
        <Stack gap={2}>
          <Text size="sm" c="dimmed" fw={600}>
            {t('skp.behaviourExpectation')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {skp.behaviourExpectations[code]?.trim() || '—'}
          </Text>
        </Stack>
      )}
    />
  );
}

export function ReadOnlyLampiran({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {LAMPIRAN_SECTIONS.map((section, index) => (
        <Stack key={section} gap={2}>
          <Text fw={600}>
            {index + 1}. {t(`skp.lampiranSection.${section}`)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {skp.lampiran[section]?.trim() || '—'}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
