import './public.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { type RouteDef, Router } from './router.tsx';
import { SurveyPage } from './survey/SurveyPage.tsx';
import { text } from './text.ts';
import { NotFoundPage, PublicPage } from './ui.tsx';

/**
 * The citizens' pages: a separate, light entry (plain React, a small router, one CSS file), served by
 * the API for /survei, /kiosk, /pengaduan, /lacak, /nilai-petugas and /transparansi. The survey (the
 * page most citizens open, from a QR code) is in the entry; the others are loaded on their route.
 */
const KioskPage = lazy(() => import('./kiosk/KioskPage.tsx').then((m) => ({ default: m.KioskPage })));
const ComplaintPage = lazy(() =>
  import('./complaint/ComplaintPage.tsx').then((m) => ({ default: m.ComplaintPage })),
);
const TrackPage = lazy(() => import('./complaint/TrackPage.tsx').then((m) => ({ default: m.TrackPage })));
const OfficerRatingPage = lazy(() =>
  import('./officer/OfficerRatingPage.tsx').then((m) => ({ default: m.OfficerRatingPage })),
);
const TransparencyPage = lazy(() =>
  import('./transparency/TransparencyPage.tsx').then((m) => ({ default: m.TransparencyPage })),
);

const yearOf = (value: string | null) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
};

const routes: RouteDef[] = [
  {
    path: '/survei/:serviceUnitId',
    render: (p, q) => <SurveyPage serviceUnitId={p.serviceUnitId ?? ''} visitCode={q.get('kode') ?? ''} />,
  },
  { path: '/kiosk/:serviceUnitId', render: (p) => <KioskPage serviceUnitId={p.serviceUnitId ?? ''} /> },
  { path: '/pengaduan/:agencyId', render: (p) => <ComplaintPage agencyId={p.agencyId ?? ''} /> },
  { path: '/lacak', render: (_, q) => <TrackPage ticketCode={q.get('kode') || undefined} /> },
  { path: '/lacak/:ticketCode', render: (p) => <TrackPage ticketCode={p.ticketCode} /> },
  { path: '/nilai-petugas', render: (_, q) => <OfficerRatingPage code={q.get('kode') ?? ''} /> },
  {
    path: '/transparansi/:agencyId',
    render: (p, q) => (
      <TransparencyPage agencyId={p.agencyId ?? ''} initialYear={yearOf(q.get('tahun') ?? q.get('year'))} />
    ),
  },
];

const loading = (
  <PublicPage title={text.appName}>
    <p className="loading" role="status">
      {text.loading}
    </p>
  </PublicPage>
);

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ada');

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={loading}>
      <Router routes={routes} fallback={<NotFoundPage />} />
    </Suspense>
  </StrictMode>,
);
