import { Alert, Button, Card, Group, Input, Progress, Stack, Text, Title } from '@mantine/core';
import type { ImportJob } from '@sigap/contracts';
import { IconCheck, IconFileCheck, IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { useCommitImport, useDryRun, useImportJob } from './imports.api.ts';

/** Brings a newly shown result into view (it appears below the file picker). */
const scrollIntoView = (element: HTMLElement | null) => {
  element?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
};

/** Choose a file → dry run (report) → commit (progress) → summary. Nothing is written with problems. */
export function ImportPanel() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const dryRun = useDryRun();
  const commit = useCommitImport();
  const [started, setStarted] = useState<ImportJob | null>(null);
  const job = useImportJob(started);

  const current = job.data ?? started;
  const running = current !== null && current.phase !== 'DONE' && current.phase !== 'FAILED';
  const report = dryRun.data;
  const hasProblems = (report?.problems.length ?? 0) > 0;

  const choose = (next: File | null) => {
    setFile(next);
    dryRun.reset();
    commit.reset();
    setStarted(null);
  };
  const check = () => {
    if (!file) return;
    commit.reset();
    setStarted(null);
    dryRun.mutate(file);
  };
  const startImport = () => {
    if (!file) return;
    commit.mutate(file, { onSuccess: (startedJob) => setStarted(startedJob) });
  };
  const again = () => {
    choose(null);
    setInputKey((k) => k + 1);
  };

  const percent = current && current.total > 0 ? Math.round((current.processed / current.total) * 100) : 0;

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="impor-berkas">
        <Title order={2} size="h4" id="impor-berkas" mb="sm">
          {t('import.fileTitle')}
        </Title>
        <Stack gap="sm">
          <Input.Wrapper
            label={t('import.file')}
            description={t('import.fileHint')}
            id={inputId}
            labelElement="label"
          >
            <input
              key={inputKey}
              id={inputId}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="sigap-file-input"
              disabled={running || commit.isPending}
              onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
            />
          </Input.Wrapper>
          <Group gap="sm">
            <Button
              onClick={check}
              disabled={!file || running || commit.isPending}
              loading={dryRun.isPending}
              leftSection={<IconFileCheck size={18} aria-hidden />}
            >
              {t('import.check')}
            </Button>
          </Group>
          {dryRun.error ? (
            <ErrorAlert title={t('import.checkFailed')}>{errorMessage(t, dryRun.error)}</ErrorAlert>
          ) : null}
        </Stack>
      </Card>

      {report ? (
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby="hasil-pemeriksaan"
          ref={scrollIntoView}
        >
          <Title order={2} size="h4" id="hasil-pemeriksaan" mb="sm">
            {t('import.reportTitle', { fileName: report.fileName })}
          </Title>
          <ImportReportView report={report} headingId="hasil-pemeriksaan" />
          <Stack gap="sm" mt="md">
            {current ? null : hasProblems ? (
              <ErrorAlert title={t('import.hasProblemsTitle')}>
                {t('import.hasProblems', {
                  formatted: formatNumber(report.problems.length),
                  count: report.problems.length,
                })}
              </ErrorAlert>
            ) : (
              <Alert color="blue" variant="light" role="status" title={t('import.readyTitle')}>
                {t('import.ready')}
              </Alert>
            )}
            {current === null || current.phase === 'FAILED' ? (
              <Group>
                <Button
                  onClick={startImport}
                  disabled={hasProblems || running || !file}
                  loading={commit.isPending}
                  leftSection={<IconUpload size={18} aria-hidden />}
                >
                  {t('import.commit')}
                </Button>
              </Group>
            ) : null}
            {commit.error ? (
              <ErrorAlert title={t('import.failed')}>{errorMessage(t, commit.error)}</ErrorAlert>
            ) : null}
          </Stack>
        </Card>
      ) : null}

      {current ? (
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby="progres-impor"
          ref={scrollIntoView}
        >
          <Title order={2} size="h4" id="progres-impor" mb="sm">
            {t('import.progressTitle')}
          </Title>
          {running ? (
            <Stack gap="xs">
              <Text size="sm" aria-live="polite">
                {t(`import.phase.${current.phase}`)} · {formatNumber(current.processed)} /{' '}
                {formatNumber(current.total)}
              </Text>
              <Progress
                value={percent}
                size="lg"
                animated
                aria-label={t('import.progressLabel')}
                aria-valuetext={`${percent}%`}
              />
            </Stack>
          ) : null}
          {current.phase === 'DONE' ? (
            <Stack gap="sm">
              <Alert
                color="green"
                variant="light"
                role="status"
                icon={<IconCheck aria-hidden />}
                title={t('import.doneTitle')}
              >
                {t('import.done', { formatted: formatNumber(current.total) })}
              </Alert>
              {current.report ? <ImportReportView report={current.report} headingId="progres-impor" /> : null}
              <Group>
                <Button variant="default" onClick={again}>
                  {t('import.another')}
                </Button>
              </Group>
            </Stack>
          ) : null}
          {current.phase === 'FAILED' ? (
            <Stack gap="sm">
              <ErrorAlert title={t('import.failed')}>
                {current.error
                  ? errorMessage(t, new ApiError(current.error.code, 0, current.error.message))
                  : t('errors.UNKNOWN')}{' '}
                {t('import.nothingWritten')}
              </ErrorAlert>
              {current.report && current.report.problems.length > 0 ? (
                <ImportReportView report={current.report} headingId="progres-impor" />
              ) : null}
            </Stack>
          ) : null}
          {job.error ? <ErrorAlert mt="sm">{errorMessage(t, job.error)}</ErrorAlert> : null}
        </Card>
      ) : null}
    </Stack>
  );
}
