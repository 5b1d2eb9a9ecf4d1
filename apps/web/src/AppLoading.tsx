import { useTranslation } from 'react-i18next';
import { LoadingState } from './ui/LoadingState.tsx';

/** Shown while the first page's code loads. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main>
      <LoadingState label={t('common.loading')} minHeight={320} />
    </main>
  );
}
