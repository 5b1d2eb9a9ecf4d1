import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { kuadran, type OrganisationPredikat, type RatingLevel, type SkpStatus } from '@sigap/rules';
import { IconBulb, IconDeviceFloppy, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber, groupNip } from '../../lib/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { SkpStatusBadge } from '../skp/labels.tsx';
import { type TeamItem, useRate } from './evaluation.api.ts';
import { PredikatBadge } from './labels.tsx';
import { RatingControl } from './RatingControl.tsx';

const FEEDBACK_MAX = 4000;

/**
 * One person the rater rates (rules §5.1 step 3, §5.2): SKP status, achievement, the system's suggestion
 * with its reasons, the two ratings and feedback; the predikat follows from the kuadran as soon as both
 * ratings are chosen, and is saved with them. A unit head's rating hasil kerja is the unit's predikat.
 */
export function RatingCard({
  item,
  periodId,
  leaderRatingMap,
  annualHref,
}: {
  item: TeamItem;
  periodId: string;
  leaderRatingMap: Record<OrganisationPredikat, RatingLevel> | null;
  /** The person's year side by side (the annual view). */
  annualHref?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const saved = item.evaluation;
  const fixedHasil =
    item.isUnitHead && item.unitPredikat && leaderRatingMap ? leaderRatingMap[item.unitPredikat] : null;
  const headWithoutPredikat = item.isUnitHead && !item.unitPredikat;
  const [hasil, setHasil] = useState<RatingLevel | null>(saved?.hasilKerja ?? null);
  const [perilaku, setPerilaku] = useState<RatingLevel | null>(saved?.perilakuKerja ?? null);
  const [feedback, setFeedback] = useState(saved?.feedback ?? '');
  const rate = useRate(item.employee.id, periodId);
  const hasilKerja = fixedHasil ?? hasil;
  const predikat = hasilKerja && perilaku ? kuadran(hasilKerja, perilaku) : null;
  const dirty =
    !saved ||
    saved.hasilKerja !== hasilKerja ||
    saved.perilakuKerja !== perilaku ||
    (saved.feedback ?? '') !== feedback.trim();
  const locked = item.locked;
  const canSave = !locked && !headWithoutPredikat && hasilKerja !== null && perilaku !== null && dirty;
  const suggestion = item.suggestion;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSave || !hasilKerja || !perilaku) return;
    rate.mutate(
      { hasilKerja, perilakuKerja: perilaku, feedback: feedback.trim() || null },
      {
        onSuccess: (evaluation) =>
          notify.success(
            t('evaluation.team.saved', {
              name: item.employee.fullName,
              predikat: t(`evaluation.predikat.${evaluation.predikat}`),
            }),
          ),
      },
    );
  };

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Group gap={6} wrap="nowrap" align="center">
                {locked ? (
                  <IconLock
                    size={18}
                    aria-label={t('evaluation.team.locked')}
                    role="img"
                    color="var(--mantine-color-gray-7)"
                  />
                ) : null}
                <Title order={2} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                  {item.employee.fullName}
                </Title>
              </Group>
              <Text size="xs" c="dimmed" className="sigap-nip">
                {groupNip(item.employee.nip)}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {item.employee.positionName}
              </Text>
              {annualHref ? (
                <Anchor
                  component={Link}
                  to={annualHref}
                  size="sm"
                  aria-label={t('evaluationMonitoring.annual.linkOf', {
                    year: annualHref.slice(-4),
                    name: item.employee.fullName,
                  })}
                >
                  {t('evaluationMonitoring.annual.link', { year: annualHref.slice(-4) })}
                </Anchor>
              ) : null}
            </Stack>
            <Stack gap={4} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('evaluation.team.predikat')}
              </Text>
              <div
                role="status"
                aria-live="polite"
                aria-label={t('evaluation.team.predikatOf', { name: item.employee.fullName })}
              >
                {predikat ? (
                  <PredikatBadge predikat={predikat} size="lg" />
                ) : (
                  <Badge variant="light" color="gray" radius="sm" size="lg" tt="none">
                    {t('evaluation.team.notRated')}
                  </Badge>
                )}
              </div>
            </Stack>
          </Group>

          <Group gap={6} wrap="wrap">
            {item.skpStatus ? (
              <SkpStatusBadge status={item.skpStatus as SkpStatus} size="sm" />
            ) : (
              <Badge variant="outline" color="gray" radius="sm" size="sm" tt="none">
                {t('evaluation.team.noSkp')}
              </Badge>
            )}
            <Badge variant="light" color="gray" radius="sm" size="sm" tt="none">
              {item.achievement === null
                ? t('evaluation.team.noAchievement')
                : t('evaluation.team.achievement', {
                    percent: item.achievement.toLocaleString('id-ID', { maximumFractionDigits: 1 }),
                  })}
            </Badge>
            <Badge variant="light" color="gray" radius="sm" size="sm" tt="none">
              {t('evaluation.team.coaching', {
                count: item.coachingSessions,
                formatted: formatNumber(item.coachingSessions),
              })}
            </Badge>
            {locked ? (
              <Badge variant="filled" color="gray" radius="sm" size="sm" tt="none">
                {t('evaluation.team.lockedBadge')}
              </Badge>
            ) : dirty && (saved || hasil || perilaku) ? (
              <Badge variant="light" color="orange" radius="sm" size="sm" tt="none">
                {t('evaluation.team.unsaved')}
              </Badge>
            ) : saved ? (
              <Badge variant="light" color="blue" radius="sm" size="sm" tt="none">
                {t('evaluation.team.draftSaved')}
              </Badge>
            ) : null}
          </Group>

          <Group gap={6} wrap="wrap" align="center">
            <IconBulb size={16} aria-hidden />
            <Text size="sm">
              {suggestion.rating
                ? t('evaluation.team.suggestion', {
                    rating: t(`evaluation.rating.${suggestion.rating}`),
                  })
                : t('evaluation.team.noSuggestion')}
            </Text>
            <Popover width={320} position="bottom-start" withArrow shadow="md">
              <Popover.Target>
                <Button
                  variant="subtle"
                  size="compact-xs"
                  aria-label={t('evaluation.team.whyNamed', { name: item.employee.fullName })}
                >
                  {t('evaluation.team.why')}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Stack gap={6}>
                  <Text size="sm" fw={600}>
                    {t('evaluation.team.whyTitle')}
                  </Text>
                  <List size="sm" spacing={2}>
                    {suggestion.reasons.map((reason) => (
                      <List.Item key={reason}>{reason}</List.Item>
                    ))}
                  </List>
                  <Text size="xs" c="dimmed">
                    {t('evaluation.team.suggestionNote')}
                  </Text>
                </Stack>
              </Popover.Dropdown>
            </Popover>
            {suggestion.rating && !fixedHasil && !locked && hasil !== suggestion.rating ? (
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={() => setHasil(suggestion.rating)}
                aria-label={t('evaluation.team.useSuggestionNamed', { name: item.employee.fullName })}
              >
                {t('evaluation.team.useSuggestion')}
              </Button>
            ) : null}
          </Group>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <RatingControl
              label={t('evaluation.hasilKerja')}
              value={hasilKerja}
              onChange={setHasil}
              disabled={locked || fixedHasil !== null || headWithoutPredikat}
            />
            <RatingControl
              label={t('evaluation.perilakuKerja')}
              value={perilaku}
              onChange={setPerilaku}
              disabled={locked || headWithoutPredikat}
            />
          </SimpleGrid>
          {item.isUnitHead ? (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
              <Text size="sm">
                {fixedHasil && item.unitPredikat
                  ? t('evaluation.team.headFixed', {
                      predikat: t(`evaluation.orgPredikat.${item.unitPredikat}`),
                      rating: t(`evaluation.rating.${fixedHasil}`),
                    })
                  : t('evaluation.team.headWaiting')}
              </Text>
            </Alert>
          ) : null}

          <Textarea
            label={t('evaluation.team.feedback')}
            description={t('evaluation.team.feedbackHint')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={FEEDBACK_MAX}
            value={feedback}
            onChange={(event) => setFeedback(event.currentTarget.value)}
            disabled={locked}
          />
          {rate.error ? <ErrorAlert>{errorMessage(t, rate.error)}</ErrorAlert> : null}
          {!locked ? (
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={rate.isPending}
                disabled={!canSave}
                aria-label={t('evaluation.team.saveNamed', { name: item.employee.fullName })}
              >
                {t('evaluation.team.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
