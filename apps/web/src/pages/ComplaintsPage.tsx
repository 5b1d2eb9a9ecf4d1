import { Button, Card, Checkbox, Group, Loader, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconInbox, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { ComplaintDrawer } from '../modules/voice/ComplaintDrawer.tsx';
import { ComplaintList } from '../modules/voice/ComplaintList.tsx';
import {
  COMPLAINT_STATUSES,
  type ComplaintFilters,
  useComplaintPage,
  useOverdueSummary,
} from '../modules/voice/complaints.api.ts';
import { OverdueSummaryCards } from '../modules/voice/OverdueSummaryCards.tsx';
import { StaffComplaintModal } from '../modules/voice/StaffComplaintModal.tsx';
import { useServiceUnits } from '../modules/voice/voice.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { TablePager } from '../ui/TablePager.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import '../modules/voice/voice.css';

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTER_KEYS = ['status', 'serviceUnitId', 'overdue', 'q'] as const;

export default function ComplaintsPage() {
  const allowed = useAbility('complaints.read');
  return allowed ? <ComplaintsDesk /> : <ForbiddenPage />;
}

/** /pengaduan-masuk: the complaints desk (rules §7.2) — what is overdue, the list, and each complaint's steps. */
function ComplaintsDesk() {
  const { t } = useTranslation();
  const me = useSession();
  const canCreate = useAbility('complaints.create');
  const canSummary = useAbility('complaints.summary');
  const [params, setParams] = useSearchParams();
  const [entryOpen, setEntryOpen] = useState(false);
  const serviceUnits = useServiceUnits();
  const summary = useOverdueSummary(canSummary);
  const today = todayIn(me.agency.timezone);

  const statusParam = params.get('status');
  const unitParam = params.get('serviceUnitId');
  const filters: ComplaintFilters = {
    status:
      statusParam && (COMPLAINT_STATUSES as readonly string[]).includes(statusParam)
        ? statusParam
        : undefined,
    serviceUnitId: unitParam && UUID.test(unitParam) ? unitParam : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    q: params.get('q') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useComplaintPage(filters, page, PAGE_SIZE);
  const idParam = params.get('id');
  const openId = idParam && UUID.test(idParam) ? idParam : null;

  const update = (changes: Record<string, string | null>, keepPage = false) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!keepPage) next.delete('page');
        return next;
      },
      { replace: !keepPage },
    );
  };

  // Search: typed text goes to the address after a pause (links and Back keep the filter).
  const [search, setSearch] = useState(filters.q ?? '');
  const pushedQ = useRef(filters.q ?? '');
  const pushSearch = useDebouncedCallback((value: string) => {
    pushedQ.current = value.trim();
    update({ q: value.trim() || null });
  }, 350);
  const urlQ = filters.q ?? '';
  useEffect(() => {
    if (urlQ === pushedQ.current) return;
    pushedQ.current = urlQ;
    setSearch(urlQ);
  }, [urlQ]);

  const anyFilter = FILTER_KEYS.some((key) => params.has(key));
  const clear = () => {
    pushSearch.cancel();
    pushedQ.current = '';
    setSearch('');
    update({ status: null, serviceUnitId: null, overdue: null, q: null });
  };
  /** Opens (or closes, with null) a complaint's drawer; the id stays in the address for links and reloads. */
  const open = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('id', id);
        else next.delete('id');
        return next;
      },
      { replace: true },
    );
  const units = serviceUnits.data?.items ?? [];
  const data = list.data;

  return (
    <>
      <PageHeader
        title={t('voice.complaints.title')}
        description={
          data
            ? t('voice.complaints.total', { count: data.total, formatted: formatNumber(data.total) })
            : t('voice.complaints.intro')
        }
        actions={
          canCreate ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEntryOpen(true)}>
              {t('voice.complaints.entry.open')}
            </Button>
          ) : null
        }
      />

      {summary.data ? (
        <OverdueSummaryCards
          summary={summary.data}
          onShowOverdue={(serviceUnitId) =>
            update({ overdue: 'true', serviceUnitId: serviceUnitId ?? null, status: null })
          }
        />
      ) : null}

      <Card
        withBorder
        radius="md"
        padding="md"
        mb="md"
        component="section"
        aria-label={t('voice.complaints.filters')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput
            label={t('voice.complaints.search')}
            placeholder={t('voice.complaints.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={list.isFetching && search.trim() ? <Loader size="xs" aria-hidden /> : undefined}
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
          />
          <Select
            label={t('voice.complaints.statusFilter')}
            placeholder={t('common.all')}
            data={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`voice.complaints.status.${s}`) }))}
            value={filters.status ?? null}
            onChange={(value) => update({ status: value })}
            clearable
          />
          <Select
            label={t('voice.complaints.unitFilter')}
            placeholder={serviceUnits.isPending ? t('common.loading') : t('voice.complaints.allUnits')}
            data={units.map((u) => ({ value: u.id, label: u.name }))}
            value={filters.serviceUnitId ?? null}
            onChange={(value) => update({ serviceUnitId: value })}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Group align="flex-end" gap="md" wrap="wrap">
            <Checkbox
              label={t('voice.complaints.overdueOnly')}
              checked={filters.overdue ?? false}
              onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
            {anyFilter ? (
              <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
                {t('voice.complaints.clearFilters')}
              </Button>
            ) : null}
          </Group>
        </SimpleGrid>
      </Card>

      <Card
        withBorder
        radius="md"
        padding="md"
        component="section"
        aria-label={t('voice.complaints.results')}
      >
        {list.isPending ? <LoadingState label={t('voice.complaints.loading')} /> : null}
        {list.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, list.error)}</ErrorAlert>
        ) : null}
        {data && data.items.length === 0 ? (
          <EmptyResult
            title={anyFilter ? t('voice.complaints.emptyFiltered') : t('voice.complaints.empty')}
            description={anyFilter ? undefined : t('voice.complaints.emptyHint')}
            icon={<IconInbox aria-hidden />}
            action={
              anyFilter ? (
                <Button variant="default" onClick={clear}>
                  {t('voice.complaints.clearFilters')}
                </Button>
              ) : null
            }
          />
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            <ComplaintList items={data.items} onOpen={open} busy={list.isPlaceholderData} />
            <TablePager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              noun={t('voice.complaints.noun')}
              onChange={(next) => {
                update({ page: next === 1 ? null : String(next) }, true);
                window.scrollTo({ top: 0 });
              }}
            />
          </>
        ) : null}
      </Card>

      <ComplaintDrawer
        id={openId}
        serviceUnits={units}
        timeZone={me.agency.timezone}
        onClose={() => open(null)}
      />
      {canCreate ? (
        <StaffComplaintModal
          opened={entryOpen}
          onClose={() => setEntryOpen(false)}
          serviceUnits={units}
          today={today}
          onCreated={(created) => open(created.id)}
        />
      ) : null}
    </>
  );
}
