import {
  Button,
  Card,
  Checkbox,
  Collapse,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { EMPLOYMENT_TYPES, POSITION_KINDS } from '@sigap/rules';
import {
  IconAdjustmentsHorizontal,
  IconDownload,
  IconFilterOff,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { useAbility } from '../modules/auth/session.ts';
import { EmployeeCards } from '../modules/employees/EmployeeCards.tsx';
import { EmployeeFormModal } from '../modules/employees/EmployeeFormModal.tsx';
import { EmployeeTable } from '../modules/employees/EmployeeTable.tsx';
import { type EmployeeFilters, exportUrl, useEmployeePage } from '../modules/employees/employees.api.ts';
import { buildUnitTree, unitOptions } from '../modules/units/unit-tree.ts';
import { useUnits } from '../modules/units/units.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { TablePager } from '../ui/TablePager.tsx';
import { useIsPhone } from '../ui/useIsPhone.ts';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'unitId', 'includeSubunits', 'positionKind', 'employmentType', 'status'] as const;

export default function EmployeesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canExport = useAbility('employees.export');
  const canManage = useAbility('employees.manage');
  const [adding, setAdding] = useState(false);
  const units = useUnits();
  const isPhone = useIsPhone();
  const [moreFilters, { toggle: toggleMoreFilters }] = useDisclosure(false);

  const filters: EmployeeFilters = {
    q: params.get('q') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    includeSubunits: params.get('includeSubunits') !== 'false',
    positionKind: params.get('positionKind') ?? undefined,
    employmentType: params.get('employmentType') ?? undefined,
    status: params.get('status') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useEmployeePage(filters, page, PAGE_SIZE);

  /** Changes URL parameters (the filters live in the address, so links and Back work); resets the page. */
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

  const [search, setSearch] = useState(filters.q ?? '');
  /** The q this page itself last wrote to the address (so typing is never overwritten by it). */
  const pushedQ = useRef(filters.q ?? '');
  const pushSearch = useDebouncedCallback((value: string) => {
    pushedQ.current = value.trim();
    update({ q: value.trim() || null });
  }, 350);
  // Follow the address when it changes from outside (Back, "Hapus filter", a link).
  const urlQ = filters.q ?? '';
  useEffect(() => {
    if (urlQ === pushedQ.current) return;
    pushedQ.current = urlQ;
    setSearch(urlQ);
  }, [urlQ]);

  const tree = useMemo(() => buildUnitTree(units.data?.items ?? []), [units.data]);
  const unitData = useMemo(() => unitOptions(tree), [tree]);
  const anyFilter = FILTER_KEYS.some((key) => params.has(key));
  const otherFilters = (['unitId', 'positionKind', 'employmentType', 'status'] as const).filter((key) =>
    params.has(key),
  ).length;

  const clear = () => {
    pushSearch.cancel();
    pushedQ.current = '';
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const searchField = (
    <TextInput
      label={t('employees.search')}
      placeholder={t('employees.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={list.isFetching && search.trim() ? <Loader size="xs" aria-hidden /> : undefined}
      value={search}
      type="search"
      onChange={(event) => {
        setSearch(event.currentTarget.value);
        pushSearch(event.currentTarget.value);
      }}
    />
  );

  const data = list.data;
  return (
    <>
      <PageHeader
        title={t('employees.title')}
        description={
          data
            ? t('employees.total', {
                formatted: `${formatNumber(data.total)}${data.totalCapped ? '+' : ''}`,
                count: data.total,
              })
            : undefined
        }
        actions={
          canExport || canManage ? (
            <>
              {canManage ? (
                <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
                  {t('employees.add')}
                </Button>
              ) : null}
              {canExport ? (
                <Button
                  component="a"
                  href={exportUrl(filters)}
                  download="pegawai.xlsx"
                  variant="default"
                  leftSection={<IconDownload size={18} aria-hidden />}
                >
                  {t('employees.export')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />

      <Card
        withBorder
        radius="md"
        padding="md"
        mb="md"
        component="section"
        aria-label={t('employees.filters')}
      >
        {isPhone ? (
          <Stack gap="sm" mb={moreFilters ? 'sm' : 0}>
            {searchField}
            <Button
              variant="default"
              leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
              onClick={toggleMoreFilters}
              aria-expanded={moreFilters}
              aria-controls="filter-lainnya"
            >
              {otherFilters > 0
                ? t('employees.moreFiltersCount', { count: otherFilters })
                : t('employees.moreFilters')}
            </Button>
          </Stack>
        ) : null}
        <Collapse expanded={!isPhone || moreFilters} id="filter-lainnya">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {isPhone ? null : searchField}
            <Select
              label={t('employees.unit')}
              placeholder={units.isPending ? t('common.loading') : t('employees.allUnits')}
              data={unitData}
              value={filters.unitId ?? null}
              onChange={(value) => update({ unitId: value })}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
            />
            <Select
              label={t('employees.positionKind')}
              placeholder={t('common.all')}
              data={POSITION_KINDS.map((kind) => ({ value: kind, label: t(`positionKind.${kind}`) }))}
              value={filters.positionKind ?? null}
              onChange={(value) => update({ positionKind: value })}
              clearable
            />
            <Select
              label={t('employees.employmentType')}
              placeholder={t('common.all')}
              data={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`employmentType.${type}`) }))}
              value={filters.employmentType ?? null}
              onChange={(value) => update({ employmentType: value })}
              clearable
            />
            <Select
              label={t('employees.status')}
              placeholder={t('common.all')}
              data={[
                { value: 'ACTIVE', label: t('status.ACTIVE') },
                { value: 'INACTIVE', label: t('status.INACTIVE') },
              ]}
              value={filters.status ?? null}
              onChange={(value) => update({ status: value })}
              clearable
            />
            <Group align="flex-end" gap="md" wrap="wrap">
              {filters.unitId ? (
                <Checkbox
                  label={t('employees.includeSubunits')}
                  checked={filters.includeSubunits ?? true}
                  onChange={(event) =>
                    update({ includeSubunits: event.currentTarget.checked ? null : 'false' })
                  }
                  mb={8}
                />
              ) : null}
              {anyFilter ? (
                <Button
                  variant="subtle"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={clear}
                >
                  {t('employees.clearFilters')}
                </Button>
              ) : null}
            </Group>
          </SimpleGrid>
        </Collapse>
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-label={t('employees.results')}>
        {list.isPending ? <LoadingState label={t('employees.loading')} /> : null}
        {list.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, list.error)}</ErrorAlert>
        ) : null}
        {data && data.items.length === 0 ? (
          <EmptyResult
            title={t('employees.empty')}
            description={anyFilter ? t('employees.emptyHint') : undefined}
            action={
              anyFilter ? (
                <Button variant="default" onClick={clear}>
                  {t('employees.clearFilters')}
                </Button>
              ) : null
            }
          />
        ) : null}
        {data && data.items.length > 0 ? (
          <>
            {isPhone ? (
              <EmployeeCards items={data.items} busy={list.isPlaceholderData} />
            ) : (
              <EmployeeTable items={data.items} busy={list.isPlaceholderData} />
            )}
            <TablePager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              totalCapped={data.totalCapped}
              noun={t('employees.noun')}
              onChange={(next) => {
                update({ page: next === 1 ? null : String(next) }, true);
                window.scrollTo({ top: 0 });
              }}
            />
          </>
        ) : null}
      </Card>
      {canManage ? (
        <EmployeeFormModal target={adding ? { mode: 'create' } : null} onClose={() => setAdding(false)} />
      ) : null}
    </>
  );
}
