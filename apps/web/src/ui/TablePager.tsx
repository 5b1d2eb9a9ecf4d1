import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';

interface TablePagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** e.g. "pegawai" — names what is counted. */
  noun: string;
  /** The server stopped counting at `total` ("10.000+"): more match; narrowing the search finds them. */
  totalCapped?: boolean;
}

/** "Menampilkan 1–25 dari 3.000 pegawai" and the page buttons. */
export function TablePager({ page, pageSize, total, onChange, noun, totalCapped = false }: TablePagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pager.showing', {
          from: formatNumber(from),
          to: formatNumber(to),
          total: `${formatNumber(total)}${totalCapped ? '+' : ''}`,
          noun,
        })}
        {totalCapped ? ` · ${t('pager.capped')}` : null}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          siblings={1}
          boundaries={1}
          size="sm"
          aria-label={t('pager.label')}
          getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('pager.page', { page: item }) })}
        />
      ) : null}
    </Group>
  );
}
