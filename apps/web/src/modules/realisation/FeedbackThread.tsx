import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { BerakhlakCode } from '@sigap/rules';
import { IconCornerDownRight, IconMessageCircle, IconSend } from '@tabler/icons-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import { type Feedback, useCreateFeedback } from './realisation.api.ts';

const BODY_MAX = 4000;

export type FeedbackTarget = { indicatorId: string } | { behaviourCode: BerakhlakCode };

/** The first message of each thread about the target, with the thread's replies (however deep) in order. */
export function threadsOf(items: Feedback[], target: FeedbackTarget) {
  const byId = new Map(items.map((f) => [f.id, f]));
  const rootOf = (feedback: Feedback): Feedback => {
    let current = feedback;
    const seen = new Set<string>();
    while (current.parentId && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const matches = (f: Feedback) =>
    'indicatorId' in target ? f.indicatorId === target.indicatorId : f.behaviourCode === target.behaviourCode;
  const byTime = (a: Feedback, b: Feedback) => a.createdAt.localeCompare(b.createdAt);
  const roots = items.filter((f) => f.parentId === null && matches(f)).sort(byTime);
  return roots.map((root) => ({
    root,
    replies: items.filter((f) => f.parentId !== null && rootOf(f).id === root.id).sort(byTime),
  }));
}

interface FeedbackThreadsProps {
  skpId: string;
  periodId: string;
  feedback: Feedback[];
  target: FeedbackTarget;
  /** What the feedback is about ("IKI 1.2", "Akuntabel"), for the composer's label. */
  label: string;
  /** The rater may start a thread. */
  canWrite: boolean;
  /** Owner and rater may reply. */
  canReply: boolean;
  /** The block's heading (default "Umpan balik"). */
  title?: string;
}

/** Umpan balik about one IKI or one BerAKHLAK value: the threads, "Balas", and the rater's composer. */
export function FeedbackThreads({
  skpId,
  periodId,
  feedback,
  target,
  label,
  canWrite,
  canReply,
  title,
}: FeedbackThreadsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [writing, setWriting] = useState(false);
  const create = useCreateFeedback(skpId, periodId);
  const threads = threadsOf(feedback, target);

  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Group gap={6} wrap="nowrap">
        <IconMessageCircle size={16} aria-hidden />
        <Text size="sm" fw={700} id={headingId}>
          {title ?? t('realisation.feedback.title')}
        </Text>
        {threads.length > 0 ? (
          <Text size="sm" c="dimmed">
            ({threads.length})
          </Text>
        ) : null}
      </Group>
      {threads.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('realisation.feedback.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="sigap-plain-list">
          {threads.map(({ root, replies }) => (
            <li key={root.id}>
              <Message feedback={root} />
              {replies.length > 0 ? (
                <ul className="sigap-feedback-replies" aria-label={t('realisation.feedback.replies')}>
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <Message feedback={reply} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {canReply ? (
                <ReplyBox
                  onSend={(body) =>
                    create.mutateAsync({ parentId: root.id, indicatorId: null, behaviourCode: null, body })
                  }
                  authorName={root.authorName}
                />
              ) : null}
            </li>
          ))}
        </Stack>
      )}
      {canWrite ? (
        writing ? (
          <Composer
            label={t('realisation.feedback.composerLabel', { label })}
            submitLabel={t('realisation.feedback.send')}
            onCancel={() => setWriting(false)}
            onSend={async (body) => {
              await create.mutateAsync({
                parentId: null,
                indicatorId: 'indicatorId' in target ? target.indicatorId : null,
                behaviourCode: 'behaviourCode' in target ? target.behaviourCode : null,
                body,
              });
              setWriting(false);
            }}
          />
        ) : (
          <Group>
            <Button
              variant="light"
              size="sm"
              leftSection={<IconMessageCircle size={16} aria-hidden />}
              onClick={() => setWriting(true)}
              aria-label={t('realisation.feedback.writeNamed', { label })}
            >
              {t('realisation.feedback.write')}
            </Button>
          </Group>
        )
      ) : null}
    </Stack>
  );
}

function Message({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <article className="sigap-feedback" data-role={feedback.authorRole}>
      <Group gap={6} wrap="wrap" mb={2}>
        <Text size="sm" fw={700}>
          {feedback.authorName}
        </Text>
        <Badge
          size="xs"
          radius="sm"
          variant="light"
          color={feedback.authorRole === 'RATER' ? 'blue' : 'gray'}
        >
          {t(`realisation.feedback.role.${feedback.authorRole}`)}
        </Badge>
        <Text size="xs" c="dimmed" component="time" dateTime={feedback.createdAt}>
          {formatInstant(feedback.createdAt, me.agency.timezone)}
        </Text>
      </Group>
      <Text size="sm" className="sigap-feedback-body">
        {feedback.body}
      </Text>
    </article>
  );
}

function ReplyBox({
  onSend,
  authorName,
}: {
  onSend: (body: string) => Promise<unknown>;
  authorName: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        mt={4}
        leftSection={<IconCornerDownRight size={14} aria-hidden />}
        onClick={() => setOpen(true)}
        aria-label={t('realisation.feedback.replyNamed', { name: authorName })}
      >
        {t('realisation.feedback.reply')}
      </Button>
    );
  }
  return (
    <div style={{ marginTop: 6, paddingLeft: '0.75rem' }}>
      <Composer
        label={t('realisation.feedback.replyLabel', { name: authorName })}
        submitLabel={t('realisation.feedback.sendReply')}
        onCancel={() => setOpen(false)}
        onSend={async (body) => {
          await onSend(body);
          setOpen(false);
        }}
      />
    </div>
  );
}

function Composer({
  label,
  submitLabel,
  onSend,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  onSend: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened by a button: the typing starts right away.
  useEffect(() => {
    field.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setInvalid(true);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      await onSend(body.trim());
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <Textarea
          label={label}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={BODY_MAX}
          value={body}
          error={invalid ? t('realisation.feedback.empty') : null}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            if (invalid) setInvalid(false);
          }}
          ref={field}
        />
        {failure ? <ErrorAlert>{errorMessage(t, failure)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="sm" onClick={onCancel} disabled={sending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="sm" loading={sending} leftSection={<IconSend size={16} aria-hidden />}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
