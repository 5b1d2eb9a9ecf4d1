import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Divider,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconArrowForward,
  IconCheck,
  IconMessageReply,
  IconSend,
  IconSpeakerphone,
  IconX,
} from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { AppDrawer } from '../../ui/AppDrawer.tsx';
import { DefinitionList } from '../../ui/DefinitionList.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { ComplaintStatusBadge, SlaBadge } from './ComplaintBadges.tsx';
import {
  type ComplaintAction,
  type ComplaintDetail,
  STATUS_COLOR,
  useComplaint,
  useComplaintAction,
} from './complaints.api.ts';
import { formatFileSize } from './format.ts';
import type { ServiceUnitItem } from './voice.api.ts';

interface ComplaintDrawerProps {
  id: string | null;
  serviceUnits: ServiceUnitItem[];
  timeZone: string;
  onClose: () => void;
}

/** One complaint: what was reported, its SLA clocks, the steps the user may take, and its timeline. */
export function ComplaintDrawer({ id, serviceUnits, timeZone, onClose }: ComplaintDrawerProps) {
  const { t } = useTranslation();
  const detail = useComplaint(id);
  const data = detail.data;
  return (
    <AppDrawer
      opened={id !== null}
      onClose={onClose}
      size="xl"
      title={
        data ? t('voice.complaints.drawerTitle', { ticket: data.ticketCode }) : t('voice.complaints.detail')
      }
    >
      {detail.isPending && id ? <LoadingState label={t('common.loading')} /> : null}
      {detail.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, detail.error)}</ErrorAlert>
      ) : null}
      {data && id === data.id ? (
        <ComplaintDetailView key={data.id} data={data} serviceUnits={serviceUnits} timeZone={timeZone} />
      ) : null}
    </AppDrawer>
  );
}

function ComplaintDetailView({
  data,
  serviceUnits,
  timeZone,
}: {
  data: ComplaintDetail;
  serviceUnits: ServiceUnitItem[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ComplaintAction | null>(null);
  const reporter =
    data.reporterName || data.reporterContact
      ? [data.reporterName, data.reporterContact].filter(Boolean).join(' · ')
      : data.source === 'PUBLIC'
        ? t('voice.complaints.anonymous')
        : t('voice.complaints.reporterNone');

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <ComplaintStatusBadge status={data.status} />
          <Badge variant="outline" color="gray" radius="sm">
            {t(`voice.complaints.category.${data.category}`)}
          </Badge>
          <Badge variant="outline" color={data.source === 'LAPOR' ? 'red' : 'gray'} radius="sm">
            {t(`voice.complaints.source.${data.source}`)}
            {data.laporReference ? ` · ${data.laporReference}` : ''}
          </Badge>
        </Group>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
          {data.title}
        </Title>
        <Text size="sm" c="dimmed" className="sigap-voice-code">
          {data.ticketCode}
        </Text>
      </Stack>

      <Paper withBorder radius="md" p="sm" bg="gray.0">
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {data.body}
        </Text>
      </Paper>

      <DefinitionList
        items={[
          { label: t('voice.complaints.receivedOn'), value: formatDate(data.receivedOn) },
          { label: t('voice.complaints.reporter'), value: reporter },
          {
            label: t('voice.complaints.serviceUnit'),
            value: data.serviceUnitName ?? t('voice.complaints.noUnit'),
          },
          { label: t('voice.complaints.serviceType'), value: data.serviceTypeName ?? '' },
        ]}
      />

      {data.attachments.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="attachments-heading">
          <Title order={3} size="h5" id="attachments-heading">
            {t('voice.complaints.attachmentsTitle')}
          </Title>
          <List spacing={4} size="sm" aria-label={t('voice.complaints.attachmentsList')}>
            {data.attachments.map((file) => (
              <List.Item key={file.id}>
                <Anchor
                  href={`/api/complaints/${encodeURIComponent(data.id)}/attachments/${encodeURIComponent(file.id)}`}
                  download={file.fileName}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {file.fileName}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({formatFileSize(file.size)})
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="sla-heading">
        <Title order={3} size="h5" id="sla-heading">
          {t('voice.complaints.slaTitle')}
        </Title>
        <Stack gap="xs">
          {data.clocks.map((clock) => (
            <Group key={clock.stage} justify="space-between" gap="sm" wrap="wrap" align="flex-start">
              <Text size="sm" fw={clock.stage === data.sla.stage ? 700 : 500}>
                {t(`voice.sla.stage.${clock.stage}`)}
              </Text>
              <SlaBadge sla={clock.sla} align="flex-end" />
            </Group>
          ))}
        </Stack>
      </Stack>

      {data.answer ? (
        <Stack gap="xs" component="section" aria-labelledby="answer-heading">
          <Title order={3} size="h5" id="answer-heading">
            {t('voice.complaints.answer')}
          </Title>
          <Paper
            withBorder
            radius="md"
            p="sm"
            style={{ borderLeft: '4px solid var(--mantine-color-violet-6)' }}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {data.answer}
            </Text>
            {data.answeredOn ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('voice.complaints.answeredOn', { date: formatDate(data.answeredOn) })}
                {data.publishedOn
                  ? ` · ${t('voice.complaints.publishedOn', { date: formatDate(data.publishedOn) })}`
                  : ''}
              </Text>
            ) : null}
          </Paper>
        </Stack>
      ) : null}

      {data.abilities.length > 0 ? (
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="actions-heading">
          <Title order={3} size="h5" id="actions-heading" mb="sm">
            {t('voice.complaints.nextStep')}
          </Title>
          {action ? (
            <ActionForm
              key={action}
              action={action}
              data={data}
              serviceUnits={serviceUnits}
              onDone={() => setAction(null)}
            />
          ) : (
            <Group gap="sm" wrap="wrap">
              {(data.abilities as ComplaintAction[]).map((a) => (
                <Button
                  key={a}
                  variant={a === 'reject' ? 'default' : 'filled'}
                  color={a === 'reject' ? 'red' : undefined}
                  leftSection={ACTION_ICON[a]}
                  onClick={() => setAction(a)}
                >
                  {t(`voice.complaints.action.${a}`)}
                </Button>
              ))}
            </Group>
          )}
        </Card>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="timeline-heading">
        <Title order={3} size="h5" id="timeline-heading">
          {t('voice.complaints.timeline')}
        </Title>
        <Timeline active={data.events.length - 1} bulletSize={18} lineWidth={2}>
          {data.events.map((event, index) => (
            <Timeline.Item
              // Events are in order and never change: position is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              color={event.action === 'note' ? 'gray' : STATUS_COLOR[event.status]}
              title={
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={600}>
                    {t(`voice.complaints.event.${event.action}`, { defaultValue: event.action })}
                  </Text>
                  {!event.public ? (
                    <Badge size="xs" variant="outline" color="gray" radius="sm">
                      {t('voice.complaints.internal')}
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at, timeZone)} · {event.actorName}
              </Text>
              {event.note ? (
                <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {event.note}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Stack>
  );
}

const ACTION_ICON: Record<ComplaintAction, ReactNode> = {
  verify: <IconCheck size={18} aria-hidden />,
  reject: <IconX size={18} aria-hidden />,
  dispatch: <IconArrowForward size={18} aria-hidden />,
  answer: <IconMessageReply size={18} aria-hidden />,
  publish: <IconSpeakerphone size={18} aria-hidden />,
};

/** The form of one step: a note (required to reject), the target unit to dispatch, the answer text. */
function ActionForm({
  action,
  data,
  serviceUnits,
  onDone,
}: {
  action: ComplaintAction;
  data: ComplaintDetail;
  serviceUnits: ServiceUnitItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const act = useComplaintAction(data.id);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      note: '',
      notePublic: false,
      serviceUnitId: data.serviceUnitId as string | null,
      serviceTypeId: data.serviceTypeId as string | null,
      answer: data.answer ?? '',
    },
    validate: {
      note: (value) =>
        action === 'reject' && value.trim().length === 0 ? t('voice.complaints.form.reasonRequired') : null,
      serviceUnitId: (value) =>
        action === 'dispatch' && !value ? t('voice.complaints.form.unitRequired') : null,
      answer: (value) =>
        action === 'answer' && value.trim().length < 10 ? t('voice.complaints.form.answerTooShort') : null,
    },
  });
  const activeUnits = useMemo(() => serviceUnits.filter((u) => u.active), [serviceUnits]);
  const chosenUnit = activeUnits.find((u) => u.id === form.values.serviceUnitId);
  const typeOptions = (chosenUnit?.types ?? [])
    .filter((type) => type.active)
    .map((type) => ({
      value: type.id,
      label: `${type.name} (${t('voice.units.sla', { count: type.resolutionDays })})`,
    }));

  const submit = form.onSubmit((values) => {
    const note = values.note.trim() || null;
    act.mutate(
      {
        action,
        note,
        notePublic: action === 'reject' ? true : values.notePublic,
        ...(action === 'dispatch' && values.serviceUnitId ? { serviceUnitId: values.serviceUnitId } : {}),
        ...(action === 'dispatch' && values.serviceTypeId ? { serviceTypeId: values.serviceTypeId } : {}),
        ...(action === 'answer' ? { answer: values.answer.trim() } : {}),
      },
      {
        onSuccess: () => {
          notify.success(t(`voice.complaints.done.${action}`, { ticket: data.ticketCode }));
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`voice.complaints.form.intro.${action}`)}
        </Text>
        {act.error ? <ErrorAlert>{errorMessage(t, act.error)}</ErrorAlert> : null}
        {action === 'dispatch' ? (
          <>
            <Select
              label={t('voice.complaints.form.unit')}
              data={activeUnits.map((u) => ({ value: u.id, label: `${u.name} — ${u.unitName}` }))}
              searchable
              required
              nothingFoundMessage={t('common.nothingFound')}
              data-autofocus
              {...form.getInputProps('serviceUnitId')}
              onChange={(value) => {
                form.setFieldValue('serviceUnitId', value);
                form.setFieldValue('serviceTypeId', null);
              }}
            />
            <Select
              label={t('voice.complaints.form.type')}
              description={t('voice.complaints.form.typeHint')}
              placeholder={
                typeOptions.length === 0
                  ? t('voice.complaints.form.noTypes')
                  : t('voice.complaints.form.typePlaceholder')
              }
              data={typeOptions}
              disabled={typeOptions.length === 0}
              clearable
              {...form.getInputProps('serviceTypeId')}
            />
          </>
        ) : null}
        {action === 'answer' ? (
          <Textarea
            label={t('voice.complaints.form.answer')}
            description={t('voice.complaints.form.answerHint')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            data-autofocus
            {...form.getInputProps('answer')}
          />
        ) : null}
        {action === 'publish' && data.answer ? (
          <Paper withBorder radius="md" p="sm" bg="gray.0">
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {data.answer}
            </Text>
          </Paper>
        ) : null}
        <Textarea
          label={action === 'reject' ? t('voice.complaints.form.reason') : t('voice.complaints.form.note')}
          description={
            action === 'reject' ? t('voice.complaints.form.reasonHint') : t('voice.complaints.form.noteHint')
          }
          required={action === 'reject'}
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus={action === 'reject' || action === 'verify' || action === 'publish' || undefined}
          {...form.getInputProps('note')}
        />
        {action !== 'reject' ? (
          <Checkbox
            label={t('voice.complaints.form.notePublic')}
            disabled={form.values.note.trim().length === 0}
            {...form.getInputProps('notePublic', { type: 'checkbox' })}
          />
        ) : null}
        <Divider />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={act.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={action === 'reject' ? 'red' : undefined}
            loading={act.isPending}
            leftSection={action === 'answer' ? <IconSend size={18} aria-hidden /> : ACTION_ICON[action]}
          >
            {t(`voice.complaints.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
