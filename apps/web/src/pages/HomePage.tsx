import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { useAgencySummary } from '../modules/agency/agency.api.ts';
import { SummaryCards } from '../modules/agency/SummaryCards.tsx';
import { useSession } from '../modules/auth/session.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const summary = useAgencySummary();
  return (
    <>
      <PageHeader
        eyebrow={t('home.title')}
        title={summary.data?.agencyName ?? me.agency.name}
        documentTitle={t('home.title')}
        // The sentence's full stop, unless the name already ends with one (a title such as M.A.P.).
        description={`${t('home.welcome', { name: me.user.displayName })}${me.user.displayName.endsWith('.') ? '' : '.'}`}
      />
      {summary.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {summary.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, summary.error)}</ErrorAlert>
      ) : null}
      {summary.data ? <SummaryCards summary={summary.data} /> : null}
    </>
  );
}
