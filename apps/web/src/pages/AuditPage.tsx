import { Button, Card, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { AuditTable } from '../modules/audit/AuditTable.tsx';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditFilters,
  actionKey,
  useAuditPage,
} from '../modules/audit/audit.api.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { TablePager } from '../ui/TablePager.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

const PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function AuditPage() {
  const allowed = useAbility('audit.list');
  return allowed ? <AuditLog /> : <ForbiddenPage />;
}

function AuditLog() {
  const { t } = useTranslation();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const dateParam = (key: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : undefined;
  };
  const filters: AuditFilters = {
    action: params.get('action') ?? undefined,
    entityType: params.get('entityType') ?? undefined,
    from: dateParam('from'),
    to: dateParam('to'),
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audit = useAuditPage(filters, page, PAGE_SIZE);
  const anyFilter = ['action', 'entityType', 'from', 'to'].some((key) => params.has(key));

  const update = (key: string, value: string | null, keepPage = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (!keepPage) next.delete('page');
        return next;
      },
      { replace: !keepPage },
    );
  const rangeError =
    filters.from && filters.to && filters.from > filters.to ? t('audit.rangeInvalid') : undefined;
  const data = audit.data;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={
          data
            ? t('audit.total', { formatted: formatNumber(data.total), count: data.total })
            : t('audit.intro')
        }
      />
      <Card withBorder radius="md" padding="md" mb="md" component="section" aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <Select
            label={t('audit.action')}
            placeholder={t('common.all')}
            data={AUDIT_ACTIONS.map((action) => ({
              value: action,
              label: t(`audit.actions.${actionKey(action)}`, { defaultValue: action }),
            }))}
            value={filters.action ?? null}
            onChange={(value) => update('action', value)}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Select
            label={t('audit.entityType')}
            placeholder={t('common.all')}
            data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
            value={filters.entityType ?? null}
            onChange={(value) => update('entityType', value)}
            clearable
          />
          <TextInput
            type="date"
            label={t('audit.from')}
            value={filters.from ?? ''}
            onChange={(event) => update('from', event.currentTarget.value || null)}
          />
          <TextInput
            type="date"
            label={t('audit.to')}
            value={filters.to ?? ''}
            error={rangeError}
            onChange={(event) => update('to', event.currentTarget.value || null)}
          />
        </SimpleGrid>
        {anyFilter ? (
          <Group mt="sm">
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              {t('employees.clearFilters')}
            </Button>
          </Group>
        ) : null}
      </Card>
      <Card withBorder radius="md" padding="md" component="section" aria-label={t('audit.results')}>
        {audit.isPending ? <LoadingState label={t('audit.loading')} /> : null}
        {audit.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, audit.error)}</ErrorAlert>
        ) : null}
        {data && data.items.length === 0 ? <EmptyResult title={t('audit.empty')} /> : null}
        {data && data.items.length > 0 ? (
          <>
            <AuditTable items={data.items} timeZone={me.agency.timezone} busy={audit.isPlaceholderData} />
            <TablePager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              noun={t('audit.noun')}
              onChange={(next) => {
                update('page', next === 1 ? null : String(next), true);
                window.scrollTo({ top: 0 });
              }}
            />
          </>
        ) : null}
      </Card>
    </>
  );
}
