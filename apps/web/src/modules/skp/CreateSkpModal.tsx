import { Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { SKP_APPROACHES, type SkpApproach } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useCreateSkp } from './skp.api.ts';

interface CreateSkpModalProps {
  year: number;
  opened: boolean;
  onClose: () => void;
}

/** "Buat SKP": the approach and whether to start from last year's SKP; opens the new draft. */
export function CreateSkpModal({ year, opened, onClose }: CreateSkpModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('skp.create.title', { year })} size="lg">
      {opened ? <CreateSkpForm year={year} onClose={onClose} /> : null}
    </AppModal>
  );
}

function CreateSkpForm({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSkp();
  const [approach, setApproach] = useState<SkpApproach>('KUANTITATIF');
  const [copy, setCopy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { year, approach, copyFromPreviousYear: copy },
      {
        onSuccess: (skp) => {
          notify.success(t('skp.create.done', { year }));
          onClose();
          navigate(`/skp/${skp.id}`);
        },
      },
    );
  };

  const error = create.error;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('skp.create.intro')}</Text>
        <Radio.Group
          label={t('skp.approachLabel')}
          value={approach}
          onChange={(value) => setApproach(value as SkpApproach)}
        >
          <Stack gap="sm" mt={6}>
            {SKP_APPROACHES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`skp.approach.${value}`)}
                description={t(`skp.approachHint.${value}`)}
                disabled={copy}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('skp.create.copy', { year: year - 1 })}
          description={t('skp.create.copyHint')}
          checked={copy}
          onChange={(event) => setCopy(event.currentTarget.checked)}
        />
        {error ? (
          <ErrorAlert
            title={
              isApiError(error) && error.code === 'PLANNING_YEAR_MISSING'
                ? t('skp.yearNotOpenTitle', { year })
                : undefined
            }
          >
            {isApiError(error) && error.code === 'PLANNING_YEAR_MISSING'
              ? t('skp.yearNotOpen', { year })
              : errorMessage(t, error)}
          </ErrorAlert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('skp.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
