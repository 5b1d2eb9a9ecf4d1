import {
  Alert,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { kuadran, type RatingLevel } from '@sigap/rules';
import { IconCalendarDue, IconCircleCheck, IconGavel, IconMessage } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import {
  type EvaluationDetail,
  useAcknowledge,
  useDecideObjection,
  useFileObjection,
  usePostObjectionMessage,
} from './evaluation.api.ts';
import { PredikatBadge } from './labels.tsx';
import { RatingControl } from './RatingControl.tsx';
import './evaluation.css';

const REASONS_MIN = 10;
const NOTE_MIN = 5;

/**
 * Receipt and keberatan (rules §5.6) of one evaluation: the employee acknowledges receipt and may object
 * within the window; the rater's superior asks the rater and the employee, who answer; the superior then
 * confirms or changes the result, which is final. Everyone involved sees the whole timeline.
 */
export function ObjectionSection({
  detail,
  headingOrder = 2,
}: {
  detail: EvaluationDetail;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const me = useSession();
  const e = detail.evaluation;
  const objection = detail.objection;
  const can = (ability: string) => detail.abilities.includes(ability);
  const isEmployee = me.user.employeeId === e.employeeId;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h5" id={headingId}>
          {t('evaluation.objection.title')}
        </Title>
        {can('acknowledge') ? <AcknowledgeBox detail={detail} /> : null}
        {e.acknowledgedAt ? (
          <Group gap={6} wrap="wrap">
            <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-green-7)" />
            <Text size="sm">
              {t('evaluation.objection.acknowledgedAt', {
                date: formatInstant(e.acknowledgedAt, me.agency.timezone),
              })}
            </Text>
          </Group>
        ) : e.status === 'FINAL' && !can('acknowledge') ? (
          <Text size="sm" c="dimmed">
            {t('evaluation.objection.notAcknowledged')}
          </Text>
        ) : null}
        {e.status !== 'FINAL' ? (
          <Text size="sm" c="dimmed">
            {t('evaluation.objection.notFinal')}
          </Text>
        ) : null}
        {detail.objectionDeadline && !objection ? (
          <Group gap={6} wrap="wrap">
            <IconCalendarDue size={16} aria-hidden />
            <Text size="sm">
              {can('object')
                ? t('evaluation.objection.deadline', { date: formatDate(detail.objectionDeadline) })
                : t('evaluation.objection.deadlinePassed', { date: formatDate(detail.objectionDeadline) })}
            </Text>
          </Group>
        ) : null}
        {can('object') ? <ObjectionForm detail={detail} /> : null}
        {objection ? <Timeline detail={detail} /> : null}
        {objection?.abilities.includes('ask') ? <AskForm detail={detail} /> : null}
        {objection?.abilities.includes('answer') ? (
          <AnswerForm detail={detail} asEmployee={isEmployee} />
        ) : null}
        {objection?.abilities.includes('decide') ? <DecideForm detail={detail} /> : null}
      </Stack>
    </Card>
  );
}

function AcknowledgeBox({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledge(detail.evaluation.id);
  return (
    <Alert color="blue" variant="light" title={t('evaluation.objection.acknowledgeTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('evaluation.objection.acknowledgeText')}</Text>
        {acknowledge.error ? <ErrorAlert>{errorMessage(t, acknowledge.error)}</ErrorAlert> : null}
        <Group>
          <Button
            loading={acknowledge.isPending}
            onClick={() =>
              acknowledge.mutate(undefined, {
                onSuccess: () => notify.success(t('evaluation.objection.acknowledged')),
              })
            }
          >
            {t('evaluation.objection.acknowledge')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ObjectionForm({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const file = useFileObjection(detail.evaluation.id);
  const [opened, setOpened] = useState(false);
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reasons.trim().length < REASONS_MIN) {
      setError(t('evaluation.objection.reasonsRequired', { min: REASONS_MIN }));
      return;
    }
    file.mutate(reasons.trim(), {
      onSuccess: () => notify.success(t('evaluation.objection.filed')),
    });
  };
  if (!opened) {
    return (
      <Group>
        <Button
          variant="default"
          leftSection={<IconGavel size={16} aria-hidden />}
          onClick={() => setOpened(true)}
        >
          {t('evaluation.objection.open')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('evaluation.objection.reasons')}
          description={t('evaluation.objection.reasonsHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={8000}
          value={reasons}
          onChange={(event) => {
            setReasons(event.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        {file.error ? <ErrorAlert>{errorMessage(t, file.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setOpened(false)} disabled={file.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={file.isPending} leftSection={<IconGavel size={16} aria-hidden />}>
            {t('evaluation.objection.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The objection's thread in order: filed, questions and answers, the decision. */
function Timeline({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const objection = detail.objection;
  if (!objection) return null;
  const tz = me.agency.timezone;
  return (
    <Stack gap="xs">
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {t('evaluation.objection.timeline')}
        </Text>
        <Badge color={objection.status === 'OPEN' ? 'orange' : 'gray'} variant="light" radius="sm" tt="none">
          {t(`evaluation.objection.status.${objection.status}`)}
        </Badge>
      </Group>
      <ol className="sigap-thread" aria-label={t('evaluation.objection.timeline')}>
        <li data-role="EMPLOYEE">
          <Text size="xs" c="dimmed">
            {t('evaluation.objection.filedBy', {
              name: detail.employee.fullName,
              decider: objection.deciderName,
              date: formatInstant(objection.createdAt, tz),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {objection.reasons}
          </Text>
        </li>
        {objection.messages.map((m) => (
          <li key={m.id} data-role={m.authorRole}>
            <Group gap={6} wrap="wrap">
              <Text size="xs" fw={600}>
                {m.authorName}
              </Text>
              <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
                {t(`evaluation.objection.role.${m.authorRole}`)}
              </Badge>
              {m.addressedTo ? (
                <Text size="xs" c="dimmed">
                  {t(`evaluation.objection.to.${m.addressedTo}`)}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                · {formatInstant(m.at, tz)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Text>
          </li>
        ))}
        {objection.status === 'DECIDED' && objection.decision ? (
          <li data-role="DECISION">
            <Group gap={6} wrap="wrap">
              <Text size="xs" fw={600}>
                {t(`evaluation.objection.decision.${objection.decision}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('evaluation.objection.decidedBy', {
                  name: objection.deciderName,
                  date: formatInstant(objection.decidedAt, tz),
                })}
              </Text>
            </Group>
            {objection.decisionNote ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {objection.decisionNote}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={2}>
              {t('evaluation.objection.final')}
            </Text>
          </li>
        ) : null}
      </ol>
    </Stack>
  );
}

function AskForm({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<'RATER' | 'EMPLOYEE'>('RATER');
  return (
    <MessageForm
      evaluationId={detail.evaluation.id}
      addressedTo={to}
      label={t('evaluation.objection.question')}
      action={t('evaluation.objection.ask')}
    >
      <Radio.Group
        label={t('evaluation.objection.askTo')}
        value={to}
        onChange={(value) => setTo(value === 'EMPLOYEE' ? 'EMPLOYEE' : 'RATER')}
      >
        <Group gap="lg" mt={4}>
          <Radio
            value="RATER"
            label={t('evaluation.objection.askRater', { name: detail.evaluation.raterName })}
          />
          <Radio
            value="EMPLOYEE"
            label={t('evaluation.objection.askEmployee', { name: detail.employee.fullName })}
          />
        </Group>
      </Radio.Group>
    </MessageForm>
  );
}

function AnswerForm({ detail, asEmployee }: { detail: EvaluationDetail; asEmployee: boolean }) {
  const { t } = useTranslation();
  return (
    <MessageForm
      evaluationId={detail.evaluation.id}
      addressedTo={null}
      label={asEmployee ? t('evaluation.objection.answerEmployee') : t('evaluation.objection.answerRater')}
      description={t('evaluation.objection.answerHint', { name: detail.objection?.deciderName ?? '' })}
      action={t('evaluation.objection.send')}
    />
  );
}

/** A message in the objection's thread (a question, or an answer to one): what comes first, the text, send. */
function MessageForm({
  evaluationId,
  addressedTo,
  label,
  description,
  action,
  children,
}: {
  evaluationId: string;
  addressedTo: 'RATER' | 'EMPLOYEE' | null;
  label: string;
  description?: string;
  action: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const post = usePostObjectionMessage(evaluationId);
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    post.mutate(
      { body: body.trim(), addressedTo },
      {
        onSuccess: () => {
          setBody('');
          notify.success(t('evaluation.objection.sent'));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {children}
        <Textarea
          label={label}
          description={description}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        {post.error ? <ErrorAlert>{errorMessage(t, post.error)}</ErrorAlert> : null}
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            loading={post.isPending}
            disabled={!body.trim()}
            leftSection={<IconMessage size={16} aria-hidden />}
          >
            {action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DecideForm({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const decide = useDecideObjection(detail.evaluation.id);
  const e = detail.evaluation;
  const [decision, setDecision] = useState<'CONFIRMED' | 'CHANGED' | null>(null);
  const [hasil, setHasil] = useState<RatingLevel>(e.hasilKerja);
  const [perilaku, setPerilaku] = useState<RatingLevel>(e.perilakuKerja);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; note?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const predikat = kuadran(hasil, perilaku);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!decision) next.decision = t('evaluation.decide.chooseDecision');
    if (note.trim().length < NOTE_MIN) next.note = t('evaluation.decide.noteRequired', { min: NOTE_MIN });
    setErrors(next);
    if (Object.keys(next).length === 0) setConfirming(true);
  };
  const confirm = () => {
    if (!decision) return;
    decide.mutate(
      decision === 'CHANGED'
        ? { decision, hasilKerja: hasil, perilakuKerja: perilaku, note: note.trim() }
        : { decision, note: note.trim() },
      {
        onSuccess: () => {
          setConfirming(false);
          notify.success(t('evaluation.decide.done'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Divider />
        <Text size="sm" fw={600}>
          {t('evaluation.decide.title')}
        </Text>
        <Radio.Group
          label={t('evaluation.decide.decision')}
          required
          value={decision}
          onChange={(value) => {
            setDecision(value === 'CHANGED' ? 'CHANGED' : 'CONFIRMED');
            setErrors((current) => ({ ...current, decision: undefined }));
          }}
          error={errors.decision}
        >
          <Stack gap="xs" mt={4}>
            <Radio
              value="CONFIRMED"
              label={t('evaluation.objection.decision.CONFIRMED')}
              description={t('evaluation.decide.confirmedHint')}
            />
            <Radio
              value="CHANGED"
              label={t('evaluation.objection.decision.CHANGED')}
              description={t('evaluation.decide.changedHint')}
            />
          </Stack>
        </Radio.Group>
        {decision === 'CHANGED' ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <RatingControl label={t('evaluation.hasilKerja')} value={hasil} onChange={setHasil} />
              <RatingControl label={t('evaluation.perilakuKerja')} value={perilaku} onChange={setPerilaku} />
            </SimpleGrid>
            <Group gap={6} role="status" aria-live="polite">
              <Text size="sm">{t('evaluation.decide.newPredikat')}</Text>
              <PredikatBadge predikat={predikat} />
            </Group>
          </>
        ) : null}
        <Textarea
          label={t('evaluation.decide.note')}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setErrors((current) => ({ ...current, note: undefined }));
          }}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconGavel size={16} aria-hidden />}>
            {t('evaluation.decide.submit')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('evaluation.decide.confirmTitle')}
        confirmLabel={t('evaluation.decide.confirm')}
        color="blue"
        onConfirm={confirm}
        onClose={() => {
          decide.reset();
          setConfirming(false);
        }}
        loading={decide.isPending}
        error={decide.error ? errorMessage(t, decide.error) : null}
      >
        <Text size="sm">
          {decision === 'CHANGED'
            ? t('evaluation.decide.confirmChanged', {
                name: detail.employee.fullName,
                before: t(`evaluation.predikat.${e.predikat}`),
                after: t(`evaluation.predikat.${predikat}`),
              })
            : t('evaluation.decide.confirmConfirmed', {
                name: detail.employee.fullName,
                predikat: t(`evaluation.predikat.${e.predikat}`),
              })}
        </Text>
        <Text size="sm">{t('evaluation.decide.finalNote')}</Text>
      </ConfirmModal>
    </form>
  );
}
