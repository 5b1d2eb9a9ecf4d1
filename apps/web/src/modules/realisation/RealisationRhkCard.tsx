import { Badge, Card, Grid, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { type Achievement, indicatorAchievement } from '@sigap/rules';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { numberOf } from '../skp/draft.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { FeedbackThreads } from './FeedbackThread.tsx';
import { AchievementBadge, targetLabel } from './labels.tsx';
import type { Feedback, RealisationIndicator, RealisationRhk } from './realisation.api.ts';
import type { RealisationDraft } from './useRealisationDraft.ts';

const TEXT_MAX = 2000;

export interface RealisationContext {
  skpId: string;
  periodId: string;
  feedback: Feedback[];
  /** The owner may type (a draft of their own). */
  editable: boolean;
  canWriteFeedback: boolean;
  canReply: boolean;
  draft: RealisationDraft;
  update: (change: (current: RealisationDraft) => RealisationDraft) => void;
  ensureDraft: () => Promise<boolean>;
}

/** While typing, the achievement follows the number at once (the server computes the same on save). */
export function liveAchievement(
  indicator: RealisationIndicator,
  draft: RealisationDraft,
  editable: boolean,
): Achievement {
  if (!editable) return indicator.achievement;
  const typed = draft.values[indicator.id];
  return indicatorAchievement({
    direction: indicator.direction,
    target: indicator.targetValue,
    realisation: typed ? numberOf(typed.value) : null,
  });
}

/** One RHK: its rencana aksi, and per IKI the target, realisasi, achievement, bukti dukung and umpan balik. */
export function RealisationRhkCard({
  rhk,
  number,
  ctx,
}: {
  rhk: RealisationRhk;
  /** "Utama 1" style position, for headings and labels. */
  number: string;
  ctx: RealisationContext;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const plan = ctx.draft.rencanaAksi[rhk.id] ?? rhk.rencanaAksi;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {t('realisation.rhkN', { number })}
          </Text>
          <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {rhk.text}
          </Title>
        </Stack>

        {ctx.editable ? (
          <Textarea
            label={t('realisation.rencanaAksi')}
            description={t('realisation.rencanaAksiHint')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={TEXT_MAX}
            value={plan}
            onChange={(event) => {
              const value = event.currentTarget.value;
              ctx.update((d) => ({ ...d, rencanaAksi: { ...d.rencanaAksi, [rhk.id]: value } }));
            }}
          />
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('realisation.rencanaAksi')}
            </Text>
            <Text size="sm" c={rhk.rencanaAksi ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
              {rhk.rencanaAksi || t('realisation.notFilled')}
            </Text>
          </Stack>
        )}

        <Stack gap="sm" component="ol" className="sigap-plain-list">
          {rhk.indicators.map((indicator, index) => (
            <li key={indicator.id}>
              <IndicatorBlock
                indicator={indicator}
                shortLabel={`IKI ${index + 1}`}
                label={`${t('realisation.rhkN', { number })} · IKI ${index + 1}`}
                ctx={ctx}
              />
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function IndicatorBlock({
  indicator,
  shortLabel,
  label,
  ctx,
}: {
  indicator: RealisationIndicator;
  /** "IKI 2", shown; `label` ("RHK Utama 1 · IKI 2") names the buttons and fields. */
  shortLabel: string;
  label: string;
  ctx: RealisationContext;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const typed = ctx.draft.values[indicator.id] ?? { value: '', text: '' };
  const numeric = indicator.targetValue !== null;
  const achievement = liveAchievement(indicator, ctx.draft, ctx.editable);
  const reported = ctx.editable
    ? numberOf(typed.value) !== null || typed.text.trim() !== ''
    : indicator.value !== null || (indicator.valueText ?? '') !== '';
  const set = (change: Partial<{ value: number | string; text: string }>) =>
    ctx.update((d) => ({
      ...d,
      values: {
        ...d.values,
        [indicator.id]: { ...(d.values[indicator.id] ?? { value: '', text: '' }), ...change },
      },
    }));
  const unit = indicator.targetUnit ? ` (${indicator.targetUnit})` : '';

  return (
    <section className="sigap-real-indicator" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
            <Group gap={6} wrap="wrap">
              <Text size="xs" fw={700} c="dimmed">
                {shortLabel}
              </Text>
              <Badge size="xs" variant="outline" color="gray" radius="sm">
                {t(`skp.aspect.${indicator.aspect}`)}
              </Badge>
            </Group>
            <Text component="h3" fw={700} size="md" m={0} id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {indicator.text}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('realisation.target')}:{' '}
              </Text>
              <strong>{targetLabel(t, indicator)}</strong>
            </Text>
          </Stack>
          <Stack gap={2} align="flex-start">
            <Text size="xs" c="dimmed">
              {t('realisation.achievement')}
            </Text>
            <AchievementBadge percent={achievement.percent} level={achievement.level} size="lg" />
          </Stack>
        </Group>

        {ctx.editable ? (
          <Grid gap="sm">
            {numeric ? (
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NumberInput
                  label={`${t('realisation.value')}${unit}`}
                  value={typed.value}
                  onChange={(value) => set({ value })}
                  decimalSeparator=","
                  thousandSeparator="."
                  allowedDecimalSeparators={[',']}
                  allowNegative={false}
                  min={0}
                  hideControls
                  inputMode="decimal"
                />
              </Grid.Col>
            ) : null}
            <Grid.Col span={{ base: 12, sm: numeric ? 8 : 12 }}>
              <Textarea
                label={numeric ? t('realisation.valueNote') : t('realisation.valueText')}
                description={numeric ? undefined : t('realisation.valueTextHint')}
                autosize
                minRows={numeric ? 1 : 3}
                maxRows={8}
                maxLength={TEXT_MAX}
                value={typed.text}
                onChange={(event) => set({ text: event.currentTarget.value })}
              />
            </Grid.Col>
          </Grid>
        ) : (
          <Stack gap={2}>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('realisation.value')}:{' '}
              </Text>
              <strong>
                {indicator.value !== null
                  ? [formatNumber(indicator.value), indicator.targetUnit].filter(Boolean).join(' ')
                  : numeric
                    ? t('realisation.notFilled')
                    : ''}
              </strong>
            </Text>
            {indicator.valueText ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {indicator.valueText}
              </Text>
            ) : !numeric ? (
              <Text size="sm" c="dimmed">
                {t('realisation.notFilled')}
              </Text>
            ) : null}
          </Stack>
        )}

        {reported && indicator.evidence.length === 0 ? (
          <Group gap={6} wrap="nowrap" c="var(--mantine-color-orange-light-color)">
            <IconAlertTriangle size={16} aria-hidden />
            <Text size="sm">{t('realisation.evidence.missing')}</Text>
          </Group>
        ) : null}

        <EvidenceSection
          skpId={ctx.skpId}
          periodId={ctx.periodId}
          indicator={indicator}
          label={label}
          editable={ctx.editable}
          ensureDraft={ctx.ensureDraft}
        />
        <FeedbackThreads
          skpId={ctx.skpId}
          periodId={ctx.periodId}
          feedback={ctx.feedback}
          target={{ indicatorId: indicator.id }}
          label={label}
          canWrite={ctx.canWriteFeedback}
          canReply={ctx.canReply}
        />
      </Stack>
    </section>
  );
}
