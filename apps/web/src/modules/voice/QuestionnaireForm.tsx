import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { SKM_DEFAULT_QUESTIONS, SKM_UNSUR, type SkmUnsurCode } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { type QuestionWording, useUpdateVoiceSettings, type VoiceSettings } from './voice.api.ts';

type Wordings = Record<SkmUnsurCode, QuestionWording>;

const defaultWording = (code: SkmUnsurCode, answers: readonly string[]): QuestionWording => ({
  question: SKM_DEFAULT_QUESTIONS[code],
  answers: [...answers],
});

const isDefault = (code: SkmUnsurCode, w: QuestionWording) => {
  const unsur = SKM_UNSUR.find((u) => u.code === code);
  return (
    w.question.trim() === SKM_DEFAULT_QUESTIONS[code] &&
    w.answers.every((a, i) => a.trim() === unsur?.answers[i])
  );
};

/** The agency admin's wording of the nine SKM questions and their answers (an unsur left at the default is not stored). */
export function QuestionnaireForm({ initial, onDone }: { initial: VoiceSettings; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateVoiceSettings();
  const form = useForm<Wordings>({
    mode: 'controlled',
    initialValues: Object.fromEntries(
      SKM_UNSUR.map((u) => {
        const custom = initial.questionnaire?.[u.code];
        return [
          u.code,
          custom?.answers.length === 4
            ? { question: custom.question, answers: [...custom.answers] }
            : defaultWording(u.code, u.answers),
        ];
      }),
    ) as Wordings,
    validate: (values) => {
      const errors: FormErrors = {};
      for (const u of SKM_UNSUR) {
        const w = values[u.code];
        const q = w.question.trim().length;
        if (q < 5 || q > 500) errors[`${u.code}.question`] = t('voice.questionnaire.questionInvalid');
        w.answers.forEach((a, i) => {
          const n = a.trim().length;
          if (n < 1 || n > 100) errors[`${u.code}.answers.${i}`] = t('voice.questionnaire.answerInvalid');
        });
      }
      return errors;
    },
  });

  const submit = form.onSubmit(
    (values) => {
      const questionnaire: VoiceSettings['questionnaire'] = {};
      for (const u of SKM_UNSUR) {
        const w = values[u.code];
        if (!isDefault(u.code, w))
          questionnaire[u.code] = { question: w.question.trim(), answers: w.answers.map((a) => a.trim()) };
      }
      save.mutate(
        { questionnaire },
        {
          onSuccess: () => {
            notify.success(t('voice.questionnaire.saved'));
            onDone();
          },
        },
      );
    },
    () => notify.error(t('voice.questionnaire.fixErrors')),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('voice.questionnaire.intro')}
        </Text>
        {save.error ? <ErrorAlert>{errorMessage(t, save.error)}</ErrorAlert> : null}
        {SKM_UNSUR.map((u) => (
          <Fieldset key={u.code} legend={`${u.code} · ${u.name}`} radius="md">
            <Stack gap="sm">
              <Textarea
                label={t('voice.questionnaire.question')}
                autosize
                minRows={2}
                maxLength={500}
                {...form.getInputProps(`${u.code}.question`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {u.answers.map((_, i) => (
                  <TextInput
                    // biome-ignore lint/suspicious/noArrayIndexKey: the four answers are fixed positions (scores 1..4)
                    key={i}
                    label={t('voice.questionnaire.answer', { score: i + 1 })}
                    maxLength={100}
                    {...form.getInputProps(`${u.code}.answers.${i}`)}
                  />
                ))}
              </SimpleGrid>
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  size="xs"
                  disabled={isDefault(u.code, form.values[u.code])}
                  onClick={() => {
                    form.setFieldValue(u.code, defaultWording(u.code, u.answers));
                    form.clearFieldError(`${u.code}.question`);
                    for (let i = 0; i < 4; i += 1) form.clearFieldError(`${u.code}.answers.${i}`);
                  }}
                  aria-label={t('voice.questionnaire.resetUnsur', { code: u.code })}
                >
                  {t('voice.questionnaire.reset')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('voice.questionnaire.back')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
