import {
  Alert,
  Button,
  Card,
  Group,
  Paper,
  Progress,
  Rating,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEyeOff, IconInfoCircle, IconMessageReply, IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatDateTime, formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import {
  type OfficerRating,
  type OfficerRatings,
  useMyOfficerRatings,
  useReplyToRating,
} from '../modules/voice/officer-ratings.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import '../modules/voice/voice.css';

export default function OfficerRatingsPage() {
  const allowed = useAbility('officerRatings.mine');
  return allowed ? <MyRatings /> : <ForbiddenPage />;
}

const meanFormat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const shareFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** "yyyy-mm" as "Maret 2026" in the current language. */
function monthName(month: string, language: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/**
 * /penilaian-saya: how citizens rated the signed-in officer (rules §7.3) — evidence for the officer and
 * their rater, never a predikat; hidden below the agency's minimum; each comment can be answered.
 */
function MyRatings() {
  const { t } = useTranslation();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayIn(me.agency.timezone).slice(0, 4));
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : null;
  const ratings = useMyOfficerRatings(year);
  const data = ratings.data;

  const years = [currentYear, currentYear - 1, currentYear - 2, currentYear - 3];
  if (year && !years.includes(year)) years.push(year);

  return (
    <>
      <PageHeader
        title={t('voice.ratings.title')}
        description={t('voice.ratings.intro')}
        actions={
          <Select
            label={t('voice.ratings.year')}
            data={[
              { value: '', label: t('voice.ratings.allYears') },
              ...years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
            ]}
            value={year ? String(year) : ''}
            onChange={(value) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (value) next.set('year', value);
                  else next.delete('year');
                  return next;
                },
                { replace: true },
              )
            }
            allowDeselect={false}
            w={180}
          />
        }
      />
      {ratings.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {ratings.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, ratings.error)}</ErrorAlert>
      ) : null}
      {data ? (
        <Stack
          gap="md"
          aria-busy={ratings.isPlaceholderData}
          style={{ opacity: ratings.isPlaceholderData ? 0.6 : 1 }}
        >
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('voice.ratings.evidenceNote')}
          </Alert>
          {!data.enabled ? (
            <Alert color="gray" variant="light" title={t('voice.ratings.offTitle')}>
              {t('voice.ratings.off')}
            </Alert>
          ) : null}
          {data.summary.shown ? <Shown data={data} timeZone={me.agency.timezone} /> : <Hidden data={data} />}
        </Stack>
      ) : null}
    </>
  );
}

/** Below the minimum: only how many there are and how many are still needed. */
function Hidden({ data }: { data: OfficerRatings }) {
  const { t } = useTranslation();
  const needed = Math.max(0, data.minResponses - data.summary.count);
  return (
    <Card withBorder radius="md" padding="md">
      <EmptyResult
        icon={<IconEyeOff aria-hidden />}
        title={t('voice.ratings.hiddenTitle')}
        description={
          <>
            {t('voice.ratings.hidden', {
              count: data.summary.count,
              formatted: formatNumber(data.summary.count),
              minimum: formatNumber(data.minResponses),
            })}{' '}
            {t('voice.ratings.needed', { count: needed, formatted: formatNumber(needed) })}
          </>
        }
      />
      <Progress
        value={data.minResponses > 0 ? Math.min(100, (data.summary.count / data.minResponses) * 100) : 0}
        size="md"
        radius="xl"
        maw={360}
        mx="auto"
        mb="md"
        aria-label={t('voice.ratings.progress', {
          current: formatNumber(data.summary.count),
          minimum: formatNumber(data.minResponses),
        })}
      />
    </Card>
  );
}

function Shown({ data, timeZone }: { data: OfficerRatings; timeZone: string }) {
  const { t } = useTranslation();
  const distribution = data.summary.distribution ?? [0, 0, 0, 0, 0];
  const total = distribution.reduce((a, b) => a + b, 0);
  const mean = data.summary.mean ?? 0;
  const commented = data.ratings.filter((r) => r.comment);
  const canReply = data.abilities.includes('reply');
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed" fw={600}>
            {t('voice.ratings.mean')}
          </Text>
          <Group gap="sm" align="center" mt={4}>
            <Text fz={44} fw={800} lh={1.1} className="sigap-voice-tnum">
              {meanFormat.format(mean)}
            </Text>
            <Stack gap={2}>
              <Rating value={mean} fractions={4} readOnly aria-hidden />
              <Text size="sm" c="dimmed">
                {t('voice.ratings.meanOf', {
                  count: data.summary.count,
                  formatted: formatNumber(data.summary.count),
                })}
              </Text>
            </Stack>
          </Group>
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="rating-distribution">
          <Text size="sm" c="dimmed" fw={600} id="rating-distribution" mb="xs">
            {t('voice.ratings.distribution')}
          </Text>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {[5, 4, 3, 2, 1].map((score) => {
              const n = distribution[score - 1] ?? 0;
              const share = total > 0 ? (n / total) * 100 : 0;
              return (
                <li key={score}>
                  <Group gap="xs" wrap="nowrap">
                    <Group gap={2} w={36} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {score}
                      </Text>
                      <IconStar size={14} aria-hidden style={{ color: 'var(--mantine-color-yellow-6)' }} />
                    </Group>
                    <Progress
                      value={share}
                      color="yellow"
                      size="lg"
                      radius="sm"
                      style={{ flex: 1 }}
                      aria-hidden
                    />
                    <Text size="sm" w={96} ta="right" className="sigap-voice-tnum">
                      {t('voice.ratings.scoreCount', {
                        score,
                        formatted: formatNumber(n),
                        share: shareFormat.format(share),
                      })}
                    </Text>
                  </Group>
                </li>
              );
            })}
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="rating-comments">
        <Title order={2} size="h4" id="rating-comments" mb="xs">
          {t('voice.ratings.comments', {
            count: commented.length,
            formatted: formatNumber(commented.length),
          })}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('voice.ratings.commentsHint')}
        </Text>
        {commented.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('voice.ratings.noComments')}
          </Text>
        ) : (
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {commented.map((rating) => (
              <li key={rating.id} className="sigap-card-list-item">
                <RatingComment rating={rating} canReply={canReply} timeZone={timeZone} />
              </li>
            ))}
          </Stack>
        )}
      </Card>
    </>
  );
}

function RatingComment({
  rating,
  canReply,
  timeZone,
}: {
  rating: OfficerRating;
  canReply: boolean;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const [replying, setReplying] = useState(false);
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="wrap">
        <Rating value={rating.score} readOnly size="sm" aria-hidden />
        <Text size="sm" fw={600}>
          {t('voice.ratings.scoreOf', { score: rating.score })}
        </Text>
        <Text size="xs" c="dimmed">
          {monthName(rating.month, i18n.language)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {rating.comment}
      </Text>
      {rating.reply && !replying ? (
        <Paper withBorder radius="md" p="sm" ml="md" bg="gray.0">
          <Text size="xs" c="dimmed" fw={600}>
            {t('voice.ratings.yourReply', { date: formatDateTime(rating.repliedAt, timeZone) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {rating.reply}
          </Text>
        </Paper>
      ) : null}
      {canReply && !replying ? (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconMessageReply size={16} aria-hidden />}
            onClick={() => setReplying(true)}
          >
            {rating.reply ? t('voice.ratings.editReply') : t('voice.ratings.reply')}
          </Button>
        </Group>
      ) : null}
      {replying ? <ReplyForm rating={rating} onDone={() => setReplying(false)} /> : null}
    </Stack>
  );
}

function ReplyForm({ rating, onDone }: { rating: OfficerRating; onDone: () => void }) {
  const { t } = useTranslation();
  const reply = useReplyToRating();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reply: rating.reply ?? '' },
    validate: { reply: (value) => (value.trim().length < 2 ? t('voice.ratings.replyTooShort') : null) },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        reply.mutate(
          { id: rating.id, reply: values.reply.trim() },
          {
            onSuccess: () => {
              notify.success(t('voice.ratings.replySaved'));
              onDone();
            },
          },
        ),
      )}
      noValidate
    >
      <Stack gap="xs" ml="md">
        {reply.error ? <ErrorAlert>{errorMessage(t, reply.error)}</ErrorAlert> : null}
        <Textarea
          label={t('voice.ratings.replyLabel')}
          description={t('voice.ratings.replyHint')}
          autosize
          minRows={2}
          maxLength={2000}
          required
          data-autofocus
          autoFocus
          {...form.getInputProps('reply')}
        />
        <Group gap="sm" justify="flex-end">
          <Button variant="default" size="sm" onClick={onDone} disabled={reply.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="sm" loading={reply.isPending}>
            {t('voice.ratings.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
