import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { SkpDetail } from '@sigap/contracts';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconCheck,
  IconChecklist,
  IconCopy,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconHourglass,
  IconInfoCircle,
  IconLayoutGrid,
  IconMessageExclamation,
  IconSearchOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDate } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { formatInstant, SkpStatusBadge } from '../modules/skp/labels.tsx';
import { ReturnSkpModal } from '../modules/skp/ReturnSkpModal.tsx';
import { SkpEditor } from '../modules/skp/SkpEditor.tsx';
import { latestReturn, SkpHistory } from '../modules/skp/SkpHistory.tsx';
import {
  PersonCards,
  ReadOnlyBehaviour,
  ReadOnlyLampiran,
  ResultsTable,
  SectionCard,
} from '../modules/skp/SkpReadOnly.tsx';
import { skpDocumentUrl, useSkp, useSkpTransition } from '../modules/skp/skp.api.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { MessagePage } from '../ui/MessagePage.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function SkpDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = UUID.test(id);
  const query = useSkp(valid ? id : null);

  if (!valid || (query.isError && isApiError(query.error) && query.error.status === 404)) {
    return (
      <MessagePage
        title={t('skp.notFound')}
        description={t('skp.notFoundHint')}
        icon={<IconSearchOff size={32} aria-hidden />}
        action={
          <Button component={Link} to="/skp" variant="default">
            {t('skp.backToMine')}
          </Button>
        }
      />
    );
  }
  if (query.isPending) return <LoadingState label={t('skp.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('skp.title')} />
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
      </>
    );
  }
  return <SkpDetailView key={query.data.id} skp={query.data} />;
}

function SkpDetailView({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const tz = me.agency.timezone;
  const can = (ability: string) => skp.abilities.includes(ability);
  const isOwner = me.user.employeeId === skp.employeeId;
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const [revising, setRevising] = useState(false);
  const approve = useSkpTransition(skp.id, 'approve');
  const revise = useSkpTransition(skp.id, 'revise');
  const returned = skp.status === 'RETURNED' ? latestReturn(skp) : null;
  const editing = can('edit');
  const newest = skp.versions[skp.versions.length - 1];

  const back = isOwner ? (
    <BackLink to={`/skp?tahun=${skp.year}`} label={t('skp.backToMine')} />
  ) : (
    <BackLink to={`/skp-bawahan?tahun=${skp.year}`} label={t('skp.backToTeam')} />
  );

  return (
    <>
      {back}
      <PageHeader
        eyebrow={t('skp.eyebrow')}
        title={t('skp.detailTitle', { year: skp.year, name: skp.employee.name })}
        description={
          <Group gap={8} component="span" wrap="wrap" mt={4}>
            <SkpStatusBadge status={skp.status} />
            <Badge variant="outline" color="gray" radius="sm">
              {t('skp.versionN', { version: skp.version })}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm">
              {t(`skp.format.${skp.format}`)}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm">
              {t(`skp.approach.${skp.approach}`)}
            </Badge>
            <Text span size="sm" c="dimmed">
              {t('skp.periodRange', { start: formatDate(skp.periodStart), end: formatDate(skp.periodEnd) })}
            </Text>
          </Group>
        }
      />
      <Group gap="sm" mt={-8} mb="md" wrap="wrap">
        {can('approve') ? (
          <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => setApproving(true)}>
            {t('skp.action.approve')}
          </Button>
        ) : null}
        {can('return') ? (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={() => setReturning(true)}
          >
            {t('skp.action.return')}
          </Button>
        ) : null}
        {can('revise') ? (
          <Button
            variant="default"
            leftSection={<IconCopy size={18} aria-hidden />}
            onClick={() => setRevising(true)}
          >
            {t('skp.action.revise')}
          </Button>
        ) : null}
        {skp.status === 'APPROVED' ? (
          <Button
            component={Link}
            to={`/skp/${skp.id}/matriks`}
            variant="default"
            leftSection={<IconLayoutGrid size={18} aria-hidden />}
          >
            {t('skp.matrix.link')}
          </Button>
        ) : null}
        {skp.status === 'APPROVED' ? (
          <Button
            component={Link}
            to={`/skp/${skp.id}/realisasi`}
            variant={isOwner ? 'filled' : 'default'}
            leftSection={<IconChecklist size={18} aria-hidden />}
          >
            {t('realisation.link')}
          </Button>
        ) : null}
        {can('pdf') ? (
          <Button
            component="a"
            href={skpDocumentUrl(skp.id, 'pdf')}
            download
            variant="default"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
          >
            {t('skp.action.pdf')}
          </Button>
        ) : null}
        {can('xlsx') ? (
          <Button
            component="a"
            href={skpDocumentUrl(skp.id, 'xlsx')}
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          >
            {t('skp.action.xlsx')}
          </Button>
        ) : null}
      </Group>

      <Stack gap="md">
        {returned ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconMessageExclamation aria-hidden />}
            title={t('skp.returnedTitle', { name: returned.actorName, date: formatInstant(returned.at, tz) })}
            role={isOwner ? 'alert' : undefined}
            className="sigap-skp-returned"
          >
            <Text size="md" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
              {returned.note}
            </Text>
            {isOwner ? (
              <Text size="sm" mt="xs">
                {t('skp.returnedHint')}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {skp.status === 'SUBMITTED' ? (
          <Alert color="blue" variant="light" icon={<IconHourglass aria-hidden />}>
            {can('approve')
              ? t('skp.awaitingYou', { name: skp.employee.name })
              : t('skp.awaitingRater', { name: skp.rater.name })}
          </Alert>
        ) : null}
        {!skp.current && newest && newest.id !== skp.id ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('skp.oldVersion', { version: skp.version })}{' '}
            <Anchor component={Link} to={`/skp/${newest.id}`}>
              {t('skp.openNewest', { version: newest.version })}
            </Anchor>
          </Alert>
        ) : null}
        {skp.draftedByAdmin ? (
          <Text size="sm" c="dimmed">
            {t('skp.draftedByAdmin')}
          </Text>
        ) : null}

        <PersonCards skp={skp} />

        {editing ? (
          <SkpEditor skp={skp} />
        ) : (
          <>
            <SectionCard
              id="skp-hasil-kerja"
              title={t('skp.results')}
              description={t('skp.approachUsed', { approach: t(`skp.approach.${skp.approach}`) })}
            >
              <ResultsTable skp={skp} />
            </SectionCard>
            <SectionCard id="skp-perilaku" title={t('skp.behaviour')}>
              <ReadOnlyBehaviour skp={skp} />
            </SectionCard>
            <SectionCard id="skp-lampiran" title={t('skp.lampiran')}>
              <ReadOnlyLampiran skp={skp} />
            </SectionCard>
          </>
        )}

        <SkpHistory skp={skp} timeZone={tz} />
      </Stack>

      <ConfirmModal
        opened={approving}
        title={t('skp.approveConfirm.title')}
        confirmLabel={t('skp.action.approve')}
        color="blue"
        loading={approve.isPending}
        error={approve.error ? errorMessage(t, approve.error) : null}
        onClose={() => {
          setApproving(false);
          approve.reset();
        }}
        onConfirm={() =>
          approve.mutate(undefined, {
            onSuccess: () => {
              setApproving(false);
              notify.success(t('skp.approved', { name: skp.employee.name }));
            },
          })
        }
      >
        <Text size="sm">{t('skp.approveConfirm.body', { name: skp.employee.name, year: skp.year })}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={revising}
        title={t('skp.reviseConfirm.title')}
        confirmLabel={t('skp.action.revise')}
        color="blue"
        loading={revise.isPending}
        error={revise.error ? errorMessage(t, revise.error) : null}
        onClose={() => {
          setRevising(false);
          revise.reset();
        }}
        onConfirm={() =>
          revise.mutate(undefined, {
            onSuccess: (next) => {
              setRevising(false);
              notify.success(t('skp.revised', { version: next.version }));
              navigate(`/skp/${next.id}`);
            },
          })
        }
      >
        <Text size="sm">{t('skp.reviseConfirm.body', { version: skp.version })}</Text>
      </ConfirmModal>
      {can('return') ? (
        <ReturnSkpModal
          skpId={skp.id}
          employeeName={skp.employee.name}
          opened={returning}
          onClose={() => setReturning(false)}
        />
      ) : null}
    </>
  );
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor
      component={Link}
      to={to}
      size="sm"
      mb="xs"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {label}
    </Anchor>
  );
}
