import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { COMPETENCIES } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { todayIn } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { useEvaluateCompetency } from './coaching.api.ts';
import type { CoachingTarget } from './ScheduleSessionModal.tsx';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** "Nilai kompetensi": the rater evaluates the person's competencies, 1–5 each (at least one). */
export function CompetencyModal({ target, onClose }: { target: CoachingTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('coaching.competency.title', { name: target.fullName }) : ''}
      size="xl"
    >
      {target ? <CompetencyForm key={target.id} target={target} onClose={onClose} /> : null}
    </AppModal>
  );
}

function CompetencyForm({ target, onClose }: { target: CoachingTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const today = todayIn(me.agency.timezone);
  const evaluate = useEvaluateCompetency(target.id);
  const [scores, setScores] = useState<Record<string, string | null>>({});
  const [note, setNote] = useState('');
  const [evaluatedOn, setEvaluatedOn] = useState(today);
  const [empty, setEmpty] = useState(false);
  const levels = LEVELS.map((n) => ({ value: String(n), label: t(`coaching.level.${n}`) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(
      Object.entries(scores)
        .filter((entry): entry is [string, string] => entry[1] !== null)
        .map(([code, value]) => [code, Number(value)]),
    );
    if (Object.keys(chosen).length === 0) {
      setEmpty(true);
      return;
    }
    evaluate.mutate(
      { scores: chosen, note: note.trim() || null, evaluatedOn },
      {
        onSuccess: () => {
          notify.success(t('coaching.competency.done', { name: target.fullName }));
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('coaching.competency.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {COMPETENCIES.map((c, index) => (
            <Select
              key={c.code}
              label={t(`coaching.competencyName.${c.code}`)}
              description={t(`coaching.competencyGroup.${c.group}`)}
              placeholder={t('coaching.competency.notEvaluated')}
              data={levels}
              value={scores[c.code] ?? null}
              onChange={(value) => {
                setScores((current) => ({ ...current, [c.code]: value }));
                setEmpty(false);
              }}
              clearable
              data-autofocus={index === 0 || undefined}
            />
          ))}
        </SimpleGrid>
        <TextInput
          type="date"
          label={t('coaching.competency.date')}
          required
          max={today}
          value={evaluatedOn}
          onChange={(event) => setEvaluatedOn(event.currentTarget.value)}
          style={{ maxWidth: 260 }}
        />
        <Textarea
          label={t('coaching.competency.note')}
          description={t('coaching.competency.noteHint')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {empty ? <ErrorAlert>{t('coaching.competency.atLeastOne')}</ErrorAlert> : null}
        {evaluate.error ? <ErrorAlert>{errorMessage(t, evaluate.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={evaluate.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={evaluate.isPending}>
            {t('coaching.competency.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
