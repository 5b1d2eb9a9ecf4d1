import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  type ComplaintDetail,
  useCreateComplaint,
} from './complaints.api.ts';
import type { ServiceUnitItem } from './voice.api.ts';

interface StaffComplaintModalProps {
  opened: boolean;
  onClose: () => void;
  serviceUnits: ServiceUnitItem[];
  today: string;
  onCreated: (complaint: ComplaintDetail) => void;
}

/** "Catat laporan": a report from SP4N-LAPOR! (with its number) or one received directly at the office. */
export function StaffComplaintModal({
  opened,
  onClose,
  serviceUnits,
  today,
  onCreated,
}: StaffComplaintModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('voice.complaints.entry.title')} size="lg">
      {opened ? (
        <StaffComplaintForm
          onClose={onClose}
          serviceUnits={serviceUnits}
          today={today}
          onCreated={onCreated}
        />
      ) : null}
    </AppModal>
  );
}

function StaffComplaintForm({
  onClose,
  serviceUnits,
  today,
  onCreated,
}: Omit<StaffComplaintModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useCreateComplaint();
  const sourceLabel = useId();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      source: 'LAPOR' as 'LAPOR' | 'STAFF',
      laporReference: '',
      category: 'PENGADUAN' as ComplaintCategory,
      serviceUnitId: null as string | null,
      title: '',
      body: '',
      receivedOn: today,
      reporterName: '',
      reporterContact: '',
    },
    validate: {
      laporReference: (value, values) =>
        values.source === 'LAPOR' && value.trim().length === 0
          ? t('voice.complaints.entry.referenceRequired')
          : null,
      title: (value) => (value.trim().length < 5 ? t('voice.complaints.entry.titleTooShort') : null),
      body: (value) => (value.trim().length < 10 ? t('voice.complaints.entry.bodyTooShort') : null),
      receivedOn: (value) =>
        !/^\d{4}-\d{2}-\d{2}$/.test(value)
          ? t('voice.complaints.entry.dateRequired')
          : value > today
            ? t('voice.complaints.entry.dateFuture')
            : null,
    },
  });
  const taken = isApiError(create.error) && create.error.code === 'CONFLICT';

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        source: values.source,
        laporReference: values.source === 'LAPOR' ? values.laporReference.trim() : null,
        category: values.category,
        serviceUnitId: values.serviceUnitId,
        title: values.title.trim(),
        body: values.body.trim(),
        receivedOn: values.receivedOn,
        reporterName: values.reporterName.trim() || null,
        reporterContact: values.reporterContact.trim() || null,
      },
      {
        onSuccess: (created) => {
          notify.success(t('voice.complaints.entry.created', { ticket: created.ticketCode }));
          onCreated(created);
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'CONFLICT')
            form.setFieldError('laporReference', t('voice.complaints.entry.referenceTaken'));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.error && !taken ? <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert> : null}
        <Stack gap={4}>
          <Text size="sm" fw={600} id={sourceLabel}>
            {t('voice.complaints.entry.source')}
          </Text>
          <SegmentedControl
            aria-labelledby={sourceLabel}
            data={[
              { value: 'LAPOR', label: t('voice.complaints.source.LAPOR') },
              { value: 'STAFF', label: t('voice.complaints.source.STAFF') },
            ]}
            {...form.getInputProps('source')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {form.values.source === 'LAPOR' ? (
            <TextInput
              label={t('voice.complaints.entry.reference')}
              description={t('voice.complaints.entry.referenceHint')}
              required
              maxLength={60}
              data-autofocus
              {...form.getInputProps('laporReference')}
            />
          ) : null}
          <TextInput
            type="date"
            label={t('voice.complaints.entry.receivedOn')}
            required
            max={today}
            {...form.getInputProps('receivedOn')}
          />
          <Select
            label={t('voice.complaints.entry.category')}
            data={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`voice.complaints.category.${c}`) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('category')}
          />
          <Select
            label={t('voice.complaints.entry.serviceUnit')}
            description={t('voice.complaints.entry.serviceUnitHint')}
            placeholder={t('voice.complaints.entry.serviceUnitPlaceholder')}
            data={serviceUnits.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('serviceUnitId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('voice.complaints.entry.titleField')}
          required
          maxLength={200}
          data-autofocus={form.values.source === 'STAFF' || undefined}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('voice.complaints.entry.body')}
          required
          autosize
          minRows={4}
          maxLength={5000}
          {...form.getInputProps('body')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('voice.complaints.entry.reporterName')}
            maxLength={120}
            {...form.getInputProps('reporterName')}
          />
          <TextInput
            label={t('voice.complaints.entry.reporterContact')}
            maxLength={120}
            {...form.getInputProps('reporterContact')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('voice.complaints.entry.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
