import { Button, Fieldset, Group, NumberInput, Radio, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';
import {
  useUpdateVoiceSettings,
  useVoiceSettings,
  type VoiceSettings,
  WEIGHT_RULES,
  type WeightRule,
} from './voice.api.ts';

const legendStyles = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', padding: 0 } };

/** The agency admin's "Pengaturan suara masyarakat": weight rule, officer ratings, publication minimum. */
export function VoiceSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useVoiceSettings(opened);
  const [wording, setWording] = useState(false);
  const close = () => {
    setWording(false);
    onClose();
  };
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={wording ? t('voice.questionnaire.title') : t('voice.settings.title')}
      size={wording ? 'xl' : 'lg'}
    >
      {settings.isPending ? <LoadingState label={t('common.loading')} minHeight={120} /> : null}
      {settings.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, settings.error)}</ErrorAlert>
      ) : null}
      {opened && settings.data ? (
        <>
          {/* Kept mounted (hidden) while the wording is edited, so unsaved settings are not lost. */}
          <div hidden={wording}>
            <SettingsForm initial={settings.data} onClose={close} onEditWording={() => setWording(true)} />
          </div>
          {wording ? <QuestionnaireForm initial={settings.data} onDone={() => setWording(false)} /> : null}
        </>
      ) : null}
    </AppModal>
  );
}

const inRange = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100;

function SettingsForm({
  initial,
  onClose,
  onEditWording,
}: {
  initial: VoiceSettings;
  onClose: () => void;
  onEditWording: () => void;
}) {
  const { t } = useTranslation();
  const save = useUpdateVoiceSettings();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      skmWeightRule: initial.skmWeightRule as string,
      officerRatingsEnabled: initial.officerRatingsEnabled,
      officerRatingMinResponses: initial.officerRatingMinResponses as number | string,
      publicMinResponses: initial.publicMinResponses as number | string,
    },
    validate: {
      officerRatingMinResponses: (value) => (inRange(value) ? null : t('voice.settings.minInvalid')),
      publicMinResponses: (value) => (inRange(value) ? null : t('voice.settings.minInvalid')),
    },
  });

  const submit = form.onSubmit((values) => {
    save.mutate(
      {
        skmWeightRule: values.skmWeightRule as WeightRule,
        officerRatingsEnabled: values.officerRatingsEnabled,
        officerRatingMinResponses: values.officerRatingMinResponses as number,
        publicMinResponses: values.publicMinResponses as number,
      },
      {
        onSuccess: () => {
          notify.success(t('voice.settings.saved'));
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {save.error ? <ErrorAlert>{errorMessage(t, save.error)}</ErrorAlert> : null}
        <Radio.Group
          label={t('voice.settings.weightRule')}
          description={t('voice.settings.weightRuleHint')}
          {...form.getInputProps('skmWeightRule')}
        >
          <Stack gap="sm" mt="xs">
            {WEIGHT_RULES.map((rule) => (
              <Radio
                key={rule}
                value={rule}
                label={t(`voice.weightRule.${rule}`)}
                description={t(`voice.settings.weightExplain.${rule}`)}
              />
            ))}
          </Stack>
        </Radio.Group>

        <Fieldset
          legend={t('voice.settings.officerRatings')}
          variant="unstyled"
          p={0}
          m={0}
          styles={legendStyles}
        >
          <Stack gap="sm" mt={4}>
            <Text size="xs" c="dimmed">
              {t('voice.settings.officerRatingsHint')}
            </Text>
            <Switch
              label={t('voice.settings.officerRatingsEnabled')}
              {...form.getInputProps('officerRatingsEnabled', { type: 'checkbox' })}
            />
            <NumberInput
              label={t('voice.settings.officerMin')}
              description={t('voice.settings.officerMinHint')}
              min={1}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              style={{ maxWidth: 320 }}
              disabled={!form.values.officerRatingsEnabled}
              {...form.getInputProps('officerRatingMinResponses')}
            />
          </Stack>
        </Fieldset>

        <NumberInput
          label={t('voice.settings.publicMin')}
          description={t('voice.settings.publicMinHint')}
          min={1}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          style={{ maxWidth: 320 }}
          {...form.getInputProps('publicMinResponses')}
        />

        <Fieldset
          legend={t('voice.questionnaire.title')}
          variant="unstyled"
          p={0}
          m={0}
          styles={legendStyles}
        >
          <Stack gap="xs" mt={4} align="flex-start">
            <Text size="xs" c="dimmed">
              {t('voice.questionnaire.summary', { count: Object.keys(initial.questionnaire ?? {}).length })}
            </Text>
            <Button variant="light" onClick={onEditWording}>
              {t('voice.questionnaire.open')}
            </Button>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
