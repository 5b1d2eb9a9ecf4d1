import {
  ActionIcon,
  Anchor,
  Button,
  FileButton,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconFile,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconLink,
  IconPaperclip,
  IconPhoto,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_PER_ITEM,
  type Evidence,
  formatBytes,
  type RealisationIndicator,
  uploadEvidence,
  useAddEvidenceLink,
  useDeleteEvidence,
  useEvidenceAdded,
} from './realisation.api.ts';

interface Upload {
  key: string;
  name: string;
  size: number;
  /** 0..1 while uploading; null when it failed. */
  progress: number | null;
  error: string | null;
}

interface EvidenceSectionProps {
  skpId: string;
  periodId: string;
  indicator: RealisationIndicator;
  /** e.g. "IKI 1.2", to name the buttons. */
  label: string;
  editable: boolean;
  /** Makes sure the period's draft exists before a file or link is attached to it. */
  ensureDraft: () => Promise<boolean>;
}

function iconOf(evidence: Evidence) {
  if (evidence.kind === 'LINK') return IconLink;
  const type = evidence.contentType ?? '';
  if (type === 'application/pdf') return IconFileTypePdf;
  if (type.startsWith('image/')) return IconPhoto;
  if (type.includes('spreadsheet')) return IconFileSpreadsheet;
  if (type.includes('word') || type.includes('opendocument.text')) return IconFileText;
  return IconFile;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Bukti dukung of one IKI: the list, and for the owner of a draft: upload (with progress) and "tambah tautan". */
export function EvidenceSection({
  skpId,
  periodId,
  indicator,
  label,
  editable,
  ensureDraft,
}: EvidenceSectionProps) {
  const { t } = useTranslation();
  const me = useSession();
  const headingId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [linking, setLinking] = useState(false);
  const [removing, setRemoving] = useState<Evidence | null>(null);
  const added = useEvidenceAdded(skpId, periodId);
  const remove = useDeleteEvidence(skpId, periodId, me.csrfToken);
  const items = indicator.evidence;
  const busy = uploads.some((u) => u.progress !== null);
  const full = items.length + uploads.filter((u) => u.progress !== null).length >= EVIDENCE_PER_ITEM;
  const maxLabel = formatBytes(EVIDENCE_MAX_BYTES);

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const onFiles = async (files: File[]) => {
    let room = EVIDENCE_PER_ITEM - items.length - uploads.filter((u) => u.progress !== null).length;
    const queued: { file: File; key: string }[] = [];
    const fresh: Upload[] = [];
    for (const file of files) {
      const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      let error: string | null = null;
      if (file.size > EVIDENCE_MAX_BYTES) {
        error = t('realisation.evidence.tooLarge', { size: formatBytes(file.size), max: maxLabel });
      } else if (file.size === 0) error = t('realisation.evidence.empty');
      else if (room <= 0) error = t('realisation.evidence.full', { max: EVIDENCE_PER_ITEM });
      if (!error) {
        room -= 1;
        queued.push({ file, key });
      }
      fresh.push({ key, name: file.name, size: file.size, progress: error ? null : 0, error });
    }
    // Failed earlier attempts make way for the new ones.
    setUploads((current) => [...current.filter((u) => u.progress !== null), ...fresh]);
    if (queued.length === 0) return;
    if (!(await ensureDraft())) {
      for (const { key } of queued) update(key, { progress: null, error: t('realisation.evidence.noDraft') });
      return;
    }
    for (const { file, key } of queued) {
      try {
        const evidence = await uploadEvidence({
          skpId,
          periodId,
          indicatorId: indicator.id,
          file,
          csrfToken: me.csrfToken,
          onProgress: (fraction) => update(key, { progress: fraction }),
        });
        added(indicator.id, evidence);
        setUploads((current) => current.filter((u) => u.key !== key));
        notify.success(t('realisation.evidence.uploaded', { name: evidence.name }));
      } catch (error) {
        update(key, { progress: null, error: errorMessage(t, error) });
      }
    }
  };

  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Group gap={6} wrap="nowrap">
        <IconPaperclip size={16} aria-hidden />
        <Text size="sm" fw={700} id={headingId}>
          {t('realisation.evidence.title')}
        </Text>
        <Text size="sm" c="dimmed">
          ({items.length}/{EVIDENCE_PER_ITEM})
        </Text>
      </Group>

      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('realisation.evidence.none')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" className="sigap-plain-list">
          {items.map((evidence) => {
            const Icon = iconOf(evidence);
            return (
              <li key={evidence.id} className="sigap-real-evidence">
                <Icon size={20} aria-hidden style={{ flex: '0 0 auto' }} />
                <div className="sigap-real-evidence-name">
                  {evidence.kind === 'LINK' ? (
                    <Anchor href={evidence.url} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
                      {evidence.name}
                    </Anchor>
                  ) : (
                    <Anchor href={evidence.url} download={evidence.name} size="sm" fw={600}>
                      {evidence.name}
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed">
                    {evidence.kind === 'LINK'
                      ? `${t('realisation.evidence.link')} · ${hostOf(evidence.url)}`
                      : evidence.size !== null
                        ? `${t('realisation.evidence.file')} · ${formatBytes(evidence.size)}`
                        : t('realisation.evidence.file')}
                  </Text>
                </div>
                {editable ? (
                  <Tooltip label={t('realisation.evidence.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size={40}
                      onClick={() => setRemoving(evidence)}
                      aria-label={t('realisation.evidence.removeNamed', { name: evidence.name })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
              </li>
            );
          })}
        </Stack>
      )}

      {uploads.length > 0 ? (
        <Stack gap={6} aria-live="polite">
          {uploads.map((upload) =>
            upload.progress !== null ? (
              <Stack key={upload.key} gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('realisation.evidence.uploading', { name: upload.name })}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {Math.round(upload.progress * 100)}%
                  </Text>
                </Group>
                <Progress
                  value={upload.progress * 100}
                  size="sm"
                  animated={upload.progress < 1}
                  aria-label={t('realisation.evidence.uploading', { name: upload.name })}
                />
              </Stack>
            ) : (
              <ErrorAlert key={upload.key} title={t('realisation.evidence.failed', { name: upload.name })}>
                {upload.error}
              </ErrorAlert>
            ),
          )}
        </Stack>
      ) : null}

      {editable ? (
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <FileButton onChange={(files) => void onFiles(files)} accept={EVIDENCE_ACCEPT} multiple>
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  size="sm"
                  leftSection={<IconUpload size={16} aria-hidden />}
                  disabled={full}
                  loading={busy}
                  aria-label={t('realisation.evidence.uploadNamed', { label })}
                >
                  {t('realisation.evidence.upload')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconLink size={16} aria-hidden />}
              disabled={full}
              onClick={() => setLinking(true)}
              aria-label={t('realisation.evidence.addLinkNamed', { label })}
            >
              {t('realisation.evidence.addLink')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('realisation.evidence.hint', { max: maxLabel, perItem: EVIDENCE_PER_ITEM })}
          </Text>
        </Stack>
      ) : null}

      <AppModal
        opened={linking}
        onClose={() => setLinking(false)}
        title={t('realisation.evidence.linkTitle')}
      >
        {linking ? (
          <LinkForm
            skpId={skpId}
            periodId={periodId}
            indicatorId={indicator.id}
            ensureDraft={ensureDraft}
            onClose={() => setLinking(false)}
          />
        ) : null}
      </AppModal>
      <ConfirmModal
        opened={removing !== null}
        title={t('realisation.evidence.removeTitle')}
        confirmLabel={t('realisation.evidence.remove')}
        loading={remove.isPending}
        error={remove.error ? errorMessage(t, remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { indicatorId: indicator.id, evidenceId: removing.id },
            {
              onSuccess: () => {
                setRemoving(null);
                notify.success(t('realisation.evidence.removed', { name: removing.name }));
              },
            },
          );
        }}
      >
        <Text size="sm">{t('realisation.evidence.removeBody', { name: removing?.name ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}

function LinkForm({
  skpId,
  periodId,
  indicatorId,
  ensureDraft,
  onClose,
}: {
  skpId: string;
  periodId: string;
  indicatorId: string;
  ensureDraft: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddEvidenceLink(skpId, periodId);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (!/^https?:\/\/\S+$/i.test(trimmed)) {
      setError(t('realisation.evidence.linkInvalid'));
      return;
    }
    setPreparing(true);
    const ready = await ensureDraft();
    setPreparing(false);
    if (!ready) return;
    add.mutate(
      { indicatorId, url: trimmed, title: title.trim() === '' ? null : title.trim() },
      {
        onSuccess: (evidence) => {
          notify.success(t('realisation.evidence.linkAdded', { name: evidence.name }));
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('realisation.evidence.linkUrl')}
          description={t('realisation.evidence.linkUrlHint')}
          placeholder="https://"
          type="url"
          inputMode="url"
          required
          value={url}
          error={error}
          maxLength={2000}
          onChange={(event) => {
            setUrl(event.currentTarget.value);
            if (error) setError(null);
          }}
          data-autofocus
        />
        <TextInput
          label={t('realisation.evidence.linkName')}
          description={t('realisation.evidence.linkNameHint')}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {add.error ? <ErrorAlert>{errorMessage(t, add.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || preparing}>
            {t('realisation.evidence.addLink')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
