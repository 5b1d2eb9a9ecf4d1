import { Alert, Button, CopyButton, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconPrinter, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatUntil } from './format.ts';
import { OfficerSelect } from './OfficerSelect.tsx';
import { absoluteUrl, type ServiceUnitItem, useCreateVisitCodes, type VisitCode } from './voice.api.ts';
import './voice.css';

interface VisitCodesModalProps {
  unit: ServiceUnitItem | null;
  agencyName: string;
  timeZone: string;
  onClose: () => void;
}

/** Issued codes with who they name (for the print sheet). */
interface Issued {
  codes: VisitCode[];
  officerName: string | null;
}

/**
 * "Buat kode kunjungan": one-use codes printed on the service receipt, so that each visit answers the
 * survey (and rates the officer, when that is on) at most once. Shows the codes and prints them as slips.
 */
export function VisitCodesModal({ unit, agencyName, timeZone, onClose }: VisitCodesModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unit !== null} onClose={onClose} title={t('voice.codes.title')} size="lg">
      {unit ? (
        <VisitCodes key={unit.id} unit={unit} agencyName={agencyName} timeZone={timeZone} onClose={onClose} />
      ) : null}
    </AppModal>
  );
}

function VisitCodes({
  unit,
  agencyName,
  timeZone,
  onClose,
}: {
  unit: ServiceUnitItem;
  agencyName: string;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateVisitCodes(unit.id);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [officerName, setOfficerName] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      count: 20 as number | string,
      officerEmployeeId: null as string | null,
      validDays: 7 as number | string,
    },
    validate: {
      count: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 500
          ? null
          : t('voice.codes.countInvalid'),
      validDays: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 90
          ? null
          : t('voice.codes.daysInvalid'),
    },
  });

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        count: values.count as number,
        validDays: values.validDays as number,
        ...(values.officerEmployeeId ? { officerEmployeeId: values.officerEmployeeId } : {}),
      },
      { onSuccess: (result) => setIssued({ codes: result.codes, officerName }) },
    );
  });

  if (issued) {
    const expires = issued.codes[0]?.expiresAt;
    const surveyUrl = absoluteUrl(unit.surveyPath);
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" icon={<IconTicket aria-hidden />} role="status">
          {t('voice.codes.issued', {
            formatted: formatNumber(issued.codes.length),
            count: issued.codes.length,
            date: formatUntil(expires, timeZone),
          })}
          {issued.officerName ? ` ${t('voice.codes.issuedFor', { name: issued.officerName })}` : null}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('voice.codes.howTo', { url: surveyUrl })}
        </Text>
        <ul className="sigap-voice-codes" aria-label={t('voice.codes.listLabel')}>
          {issued.codes.map((code) => (
            <li key={code.code} className="sigap-voice-code">
              {code.code}
            </li>
          ))}
        </ul>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Button variant="subtle" onClick={() => setIssued(null)}>
            {t('voice.codes.more')}
          </Button>
          <Group gap="sm">
            <CopyButton value={issued.codes.map((c) => c.code).join('\n')}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={
                    copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />
                  }
                >
                  {copied ? t('common.copied') : t('voice.codes.copyAll')}
                </Button>
              )}
            </CopyButton>
            <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
              {t('voice.codes.print')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.done')}
            </Button>
          </Group>
        </Group>
        {createPortal(
          <PrintSheet
            issued={issued}
            unitName={unit.name}
            agencyName={agencyName}
            surveyUrl={surveyUrl}
            timeZone={timeZone}
          />,
          document.body,
        )}
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('voice.typeForm.serviceUnit')}: <strong>{unit.name}</strong>
        </Text>
        <Text size="sm" c="dimmed">
          {t('voice.codes.intro')}
        </Text>
        {create.error ? <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert> : null}
        <Group grow align="flex-start" wrap="wrap" gap="md">
          <NumberInput
            label={t('voice.codes.count')}
            description={t('voice.codes.countHint')}
            required
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            style={{ minWidth: 180 }}
            data-autofocus
            {...form.getInputProps('count')}
          />
          <NumberInput
            label={t('voice.codes.validDays')}
            description={t('voice.codes.validDaysHint')}
            required
            min={1}
            max={90}
            allowDecimal={false}
            allowNegative={false}
            suffix={` ${t('voice.codes.daysSuffix')}`}
            style={{ minWidth: 180 }}
            {...form.getInputProps('validDays')}
          />
        </Group>
        <OfficerSelect
          value={form.values.officerEmployeeId}
          onChange={(officer) => {
            form.setFieldValue('officerEmployeeId', officer?.id ?? null);
            setOfficerName(officer?.fullName ?? null);
          }}
          label={t('voice.codes.officer')}
          description={t('voice.codes.officerHint')}
          placeholder={t('voice.codes.officerPlaceholder')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('voice.codes.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What goes on paper: one cut-out slip per code (hidden on screen). */
function PrintSheet({
  issued,
  unitName,
  agencyName,
  surveyUrl,
  timeZone,
}: {
  issued: Issued;
  unitName: string;
  agencyName: string;
  surveyUrl: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="sigap-voice-print" aria-hidden>
      <h1>
        {t('voice.codes.sheetTitle')} — {unitName}
      </h1>
      <p>
        {agencyName}
        {issued.officerName ? ` · ${t('voice.codes.sheetOfficer', { name: issued.officerName })}` : ''}
      </p>
      <div className="sigap-voice-slips">
        {issued.codes.map((code) => (
          <div key={code.code} className="sigap-voice-slip">
            <small>{t('voice.codes.slipLead', { unit: unitName })}</small>
            <strong>{code.code}</strong>
            <small>{surveyUrl}</small>
            <small>{t('voice.codes.slipValid', { date: formatUntil(code.expiresAt, timeZone) })}</small>
          </div>
        ))}
      </div>
    </div>
  );
}
