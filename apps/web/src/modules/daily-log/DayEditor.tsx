import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Divider,
  FileButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { DailyLogDay, DailyLogProblemItem } from '@sigap/contracts';
import {
  DAILY_LOG_DESCRIPTION_MAX,
  DAILY_LOG_MAX_ENTRIES,
  dailyLogMinutes,
  dailyLogProblems,
  minutesOf,
} from '@sigap/rules';
import { IconInfoCircle, IconLink, IconPlus, IconSend, IconTrash, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { DayHeader, EntryList, EvidenceList } from './DayView.tsx';
import {
  problemsOf,
  useDailyLogDay,
  useDayEvidence,
  useLinkableRhks,
  useSaveDailyLog,
  useSubmitDailyLog,
} from './daily-log.api.ts';
import { formatLongDate, formatMinutes } from './labels.tsx';
import { EVIDENCE_MAX_BYTES, EVIDENCE_PER_DAY } from './limits.ts';

interface EntryDraft {
  key: string;
  start: string;
  end: string;
  description: string;
  rhkId: string | null;
  evidenceUrl: string;
}

let keySeq = 0;
const nextKey = () => {
  keySeq += 1;
  return `entry-${keySeq}`;
};

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A new activity starts when the previous one ends (08:00 for the first) and lasts an hour. */
function blankAfter(entries: EntryDraft[]): EntryDraft {
  const last = entries.at(-1);
  const from = (last && minutesOf(last.end)) ?? 8 * 60;
  const start = Math.min(from, 22 * 60);
  return {
    key: nextKey(),
    start: toTime(start),
    end: toTime(start + 60),
    description: '',
    rhkId: null,
    evidenceUrl: '',
  };
}

const draftsOf = (day: DailyLogDay): EntryDraft[] =>
  day.entries.length > 0
    ? day.entries.map((e) => ({
        key: nextKey(),
        start: e.start,
        end: e.end,
        description: e.description,
        rhkId: e.rhkId,
        evidenceUrl: e.evidenceUrl ?? '',
      }))
    : [blankAfter([])];

const bodyOf = (entries: EntryDraft[]) => ({
  entries: entries.map((e) => ({
    start: e.start,
    end: e.end,
    description: e.description.trim(),
    rhkId: e.rhkId,
    evidenceUrl: e.evidenceUrl.trim() === '' ? null : e.evidenceUrl.trim(),
  })),
});

/** The day of the signed-in employee: the form while it is a draft, the record once submitted. */
export function DayEditor({ date, onDone }: { date: string; onDone: () => void }) {
  const { t } = useTranslation();
  const day = useDailyLogDay(date);
  if (day.isPending) return <LoadingState label={t('dailyLog.day.loading')} />;
  if (day.isError)
    return <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, day.error)}</ErrorAlert>;
  const editable = day.data.abilities.includes('edit');
  return (
    <Stack gap="md">
      <DayHeader day={day.data} />
      {editable ? (
        // Keyed by the date only: the first save or an upload creates the draft without resetting what is typed.
        <EntryForm key={day.data.date} day={day.data} onDone={onDone} />
      ) : (
        <>
          <EntryList day={day.data} />
          <Divider />
          <Title order={3} size="h5">
            {t('dailyLog.evidence.title')}
          </Title>
          <EvidenceList evidence={day.data.evidence} />
        </>
      )}
    </Stack>
  );
}

function problemText(t: ReturnType<typeof useTranslation>['t'], p: DailyLogProblemItem): string {
  return t(`dailyLog.problem.${p.code}`, { n: p.index + 1, defaultValue: p.message });
}

function EntryForm({ day, onDone }: { day: DailyLogDay; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<EntryDraft[]>(() => draftsOf(day));
  const [dirty, setDirty] = useState(day.id === null);
  const [shownProblems, setShownProblems] = useState<DailyLogProblemItem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const rhks = useLinkableRhks(day.date);
  const save = useSaveDailyLog(day.date);
  const submit = useSubmitDailyLog(day.date);
  const formId = useId();

  const update = (key: string, patch: Partial<EntryDraft>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
    setDirty(true);
    setShownProblems([]);
  };
  const check = (): boolean => {
    const problems = dailyLogProblems(bodyOf(entries).entries);
    setShownProblems(problems);
    return problems.length === 0;
  };
  const serverProblems = [...problemsOf(save.error), ...problemsOf(submit.error)];
  const problems = shownProblems.length > 0 ? shownProblems : serverProblems;
  const problemsAt = (index: number) => problems.filter((p) => p.index === index);
  const dayProblems = problems.filter((p) => p.index < 0 || p.index >= entries.length);
  const otherError =
    (save.error && problemsOf(save.error).length === 0 ? save.error : null) ??
    (submit.error && problemsOf(submit.error).length === 0 ? submit.error : null);

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    save.mutate(bodyOf(entries), {
      onSuccess: () => {
        setDirty(false);
        notify.success(t('dailyLog.day.saved', { date: formatLongDate(day.date, i18n.language) }));
      },
    });
  };
  const onAskSubmit = () => {
    submit.reset();
    if (entries.length === 0) {
      setShownProblems([{ index: -1, code: 'EMPTY', message: '' }]);
      return;
    }
    if (check()) setConfirming(true);
  };
  const onSubmit = async () => {
    try {
      if (dirty) {
        await save.mutateAsync(bodyOf(entries));
        setDirty(false);
      }
      const submitted = await submit.mutateAsync();
      setConfirming(false);
      notify.success(t('dailyLog.day.submitted', { name: submitted.rater?.name ?? '' }));
      onDone();
    } catch {
      setConfirming(false);
    }
  };

  const rhkOptions = (rhks.data?.rhks ?? []).map((r) => ({ value: r.id, label: r.text }));
  const total = dailyLogMinutes(entries);
  const busy = save.isPending || submit.isPending;

  return (
    <Stack gap="md">
      <form id={formId} onSubmit={onSave} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={3} size="h5">
              {t('dailyLog.day.entries')}
            </Title>
            {total > 0 ? (
              <Text size="sm" c="dimmed">
                {t('dailyLog.day.total', { duration: formatMinutes(t, total) })}
              </Text>
            ) : null}
          </Group>
          {rhks.data?.message ? (
            <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
              <Text size="sm">{t('dailyLog.entry.noRhk', { year: rhks.data.year })}</Text>
            </Alert>
          ) : null}
          {entries.map((entry, index) => (
            <EntryCard
              key={entry.key}
              index={index}
              entry={entry}
              problems={problemsAt(index).map((p) => problemText(t, p))}
              rhkOptions={rhkOptions}
              onChange={(patch) => update(entry.key, patch)}
              onRemove={
                entries.length > 1 || entry.description !== ''
                  ? () => {
                      setEntries((list) => list.filter((e) => e.key !== entry.key));
                      setDirty(true);
                      setShownProblems([]);
                    }
                  : undefined
              }
            />
          ))}
          {dayProblems.length > 0 ? (
            <ErrorAlert>{dayProblems.map((p) => problemText(t, p)).join(' ')}</ErrorAlert>
          ) : null}
          {problems.length > 0 && dayProblems.length === 0 ? (
            <ErrorAlert>{t('dailyLog.day.fixProblems', { count: problems.length })}</ErrorAlert>
          ) : null}
          {otherError ? <ErrorAlert>{errorMessage(t, otherError)}</ErrorAlert> : null}
          <Button
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
            disabled={entries.length >= DAILY_LOG_MAX_ENTRIES}
            onClick={() => {
              setEntries((list) => [...list, blankAfter(list)]);
              setDirty(true);
            }}
          >
            {t('dailyLog.entry.add')}
          </Button>
        </Stack>
      </form>

      <Divider />
      <EvidenceEditor day={day} />
      <Divider />

      <Group justify="flex-end" gap="sm" wrap="wrap">
        <Button
          type="submit"
          form={formId}
          variant="default"
          loading={save.isPending && !confirming}
          disabled={busy}
        >
          {t('dailyLog.day.save')}
        </Button>
        <Button leftSection={<IconSend size={18} aria-hidden />} onClick={onAskSubmit} disabled={busy}>
          {t('dailyLog.day.submit')}
        </Button>
      </Group>

      <ConfirmModal
        opened={confirming}
        title={t('dailyLog.day.confirmTitle')}
        confirmLabel={t('dailyLog.day.submit')}
        color="blue"
        loading={busy}
        onConfirm={() => void onSubmit()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          {t('dailyLog.day.confirmBody', {
            date: formatLongDate(day.date, i18n.language),
            count: entries.length,
            duration: formatMinutes(t, total),
          })}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

function EntryCard({
  index,
  entry,
  problems,
  rhkOptions,
  onChange,
  onRemove,
}: {
  index: number;
  entry: EntryDraft;
  problems: string[];
  rhkOptions: { value: string; label: string }[];
  onChange: (patch: Partial<EntryDraft>) => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const label = t('dailyLog.entry.label', { n: index + 1 });
  const timeError = problems.length > 0 ? problems.join(' ') : null;
  return (
    <Card withBorder radius="sm" padding="sm" role="group" aria-label={label} className="sigap-dl-entry">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          {onRemove ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('dailyLog.entry.removeNamed', { n: index + 1 })}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            type="time"
            label={t('dailyLog.entry.start')}
            value={entry.start}
            onChange={(event) => onChange({ start: event.currentTarget.value })}
            required
            error={timeError ? true : undefined}
          />
          <TextInput
            type="time"
            label={t('dailyLog.entry.end')}
            value={entry.end}
            onChange={(event) => onChange({ end: event.currentTarget.value })}
            required
            error={timeError ? true : undefined}
          />
        </SimpleGrid>
        <Textarea
          label={t('dailyLog.entry.description')}
          placeholder={t('dailyLog.entry.descriptionHint')}
          value={entry.description}
          onChange={(event) => onChange({ description: event.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={DAILY_LOG_DESCRIPTION_MAX}
          required
        />
        <Select
          label={t('dailyLog.entry.rhk')}
          placeholder={
            rhkOptions.length > 0 ? t('dailyLog.entry.rhkPlaceholder') : t('dailyLog.entry.rhkNone')
          }
          data={rhkOptions}
          value={entry.rhkId}
          onChange={(value) => onChange({ rhkId: value })}
          disabled={rhkOptions.length === 0}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="url"
          inputMode="url"
          label={t('dailyLog.entry.link')}
          placeholder="https://"
          value={entry.evidenceUrl}
          onChange={(event) => onChange({ evidenceUrl: event.currentTarget.value })}
          leftSection={<IconLink size={16} aria-hidden />}
        />
        {timeError ? (
          <Text size="sm" c="red" role="alert">
            {timeError}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

const ACCEPT =
  'application/pdf,image/png,image/jpeg,image/webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

/** Bukti dukung of the day: upload a file, add a link, remove either while the day is a draft. */
function EvidenceEditor({ day }: { day: DailyLogDay }) {
  const { t } = useTranslation();
  const { upload, addLink, remove } = useDayEvidence(day.date);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const full = day.evidence.length >= EVIDENCE_PER_DAY;
  const maxMb = Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024));

  const onFile = (file: File | null) => {
    if (!file) return;
    if (file.size > EVIDENCE_MAX_BYTES) {
      notify.error(t('dailyLog.evidence.tooLarge', { max: maxMb }));
      return;
    }
    upload.mutate(file, {
      onSuccess: (saved) => notify.success(t('dailyLog.evidence.uploaded', { name: saved.fileName ?? '' })),
      onError: (error) => notify.error(errorMessage(t, error)),
    });
  };
  const onLink = (event: FormEvent) => {
    event.preventDefault();
    if (!/^https?:\/\/\S+\.\S+/.test(url.trim())) {
      setLinkError(t('dailyLog.evidence.linkInvalid'));
      return;
    }
    addLink.mutate(
      { url: url.trim(), ...(label.trim() ? { label: label.trim() } : {}) },
      {
        onSuccess: () => {
          setUrl('');
          setLabel('');
        },
        onError: (error) => setLinkError(errorMessage(t, error)),
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5">
          {t('dailyLog.evidence.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('dailyLog.evidence.count', { count: day.evidence.length, max: EVIDENCE_PER_DAY })}
        </Text>
      </Group>
      <EvidenceList
        evidence={day.evidence}
        removing={remove.isPending ? (remove.variables ?? null) : null}
        onRemove={(item) =>
          remove.mutate(item.id, { onError: (error) => notify.error(errorMessage(t, error)) })
        }
      />
      <Text size="xs" c="dimmed">
        {t('dailyLog.evidence.hint', { max: maxMb })}
      </Text>
      <FileButton onChange={onFile} accept={ACCEPT} disabled={full || upload.isPending}>
        {(props) => (
          <Button
            {...props}
            variant="light"
            leftSection={<IconUpload size={18} aria-hidden />}
            loading={upload.isPending}
            disabled={full}
          >
            {t('dailyLog.evidence.upload')}
          </Button>
        )}
      </FileButton>
      <form onSubmit={onLink} noValidate>
        <Stack gap="xs">
          <TextInput
            type="url"
            inputMode="url"
            label={t('dailyLog.evidence.linkUrl')}
            placeholder="https://"
            value={url}
            error={linkError}
            onChange={(event) => {
              setUrl(event.currentTarget.value);
              setLinkError(null);
            }}
            disabled={full}
          />
          <TextInput
            label={t('dailyLog.evidence.linkLabel')}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.currentTarget.value)}
            disabled={full}
          />
          <Group justify="flex-start">
            <Button
              type="submit"
              variant="default"
              loading={addLink.isPending}
              disabled={full || url.trim() === ''}
            >
              {t('dailyLog.evidence.addLink')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
