import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLoading } from './AppLoading.tsx';
import { RequireSession } from './modules/auth/RequireSession.tsx';
import { AppLayout } from './modules/shell/AppLayout.tsx';
import { RouteError } from './RouteError.tsx';

/** A page loaded on first visit (its own chunk). */
const page = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      { path: '/masuk', ...page(() => import('./pages/SignInPage.tsx')) },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, ...page(() => import('./pages/HomePage.tsx')) },
              { path: 'profil', ...page(() => import('./pages/ProfilePage.tsx')) },
              { path: 'unit', ...page(() => import('./pages/UnitsPage.tsx')) },
              { path: 'pegawai', ...page(() => import('./pages/EmployeesPage.tsx')) },
              { path: 'pegawai/:id', ...page(() => import('./pages/EmployeeDetailPage.tsx')) },
              { path: 'impor', ...page(() => import('./pages/ImportPage.tsx')) },
              { path: 'audit', ...page(() => import('./pages/AuditPage.tsx')) },
              { path: 'skp', ...page(() => import('./pages/MySkpPage.tsx')) },
              { path: 'skp/:id', ...page(() => import('./pages/SkpDetailPage.tsx')) },
              { path: 'skp/:id/matriks', ...page(() => import('./pages/SkpMatrixPage.tsx')) },
              { path: 'skp/:id/realisasi', ...page(() => import('./pages/RealisationPage.tsx')) },
              { path: 'skp-bawahan', ...page(() => import('./pages/TeamSkpPage.tsx')) },
              { path: 'log-harian', ...page(() => import('./pages/DailyLogPage.tsx')) },
              { path: 'log-harian-tim', ...page(() => import('./pages/TeamDailyLogPage.tsx')) },
              { path: 'dialog-kinerja', ...page(() => import('./pages/CoachingPage.tsx')) },
              { path: 'masukan-rekan', ...page(() => import('./pages/PeerInputPage.tsx')) },
              { path: 'monitoring-skp', ...page(() => import('./pages/SkpMonitoringPage.tsx')) },
              { path: 'progres-tim', ...page(() => import('./pages/TeamProgressPage.tsx')) },
              { path: 'dasbor-kinerja', ...page(() => import('./pages/UnitDashboardPage.tsx')) },
              { path: 'periode', ...page(() => import('./pages/PlanningPage.tsx')) },
              { path: 'layanan', ...page(() => import('./pages/ServiceUnitsPage.tsx')) },
              { path: 'layanan/:id/skm', ...page(() => import('./pages/SkmResultsPage.tsx')) },
              { path: 'pengaduan-masuk', ...page(() => import('./pages/ComplaintsPage.tsx')) },
              { path: 'penilaian-saya', ...page(() => import('./pages/OfficerRatingsPage.tsx')) },
              { path: 'penilaian', ...page(() => import('./pages/EvaluationTeamPage.tsx')) },
              { path: 'penilaian/unit', ...page(() => import('./pages/EvaluationUnitsPage.tsx')) },
              { path: 'penilaian/unit/:unitId', ...page(() => import('./pages/EvaluationUnitPage.tsx')) },
              { path: 'evaluasi-saya', ...page(() => import('./pages/MyEvaluationsPage.tsx')) },
              { path: 'evaluasi/:id', ...page(() => import('./pages/EvaluationDetailPage.tsx')) },
              {
                path: 'evaluasi/pegawai/:employeeId/tahun/:year',
                ...page(() => import('./pages/EvaluationAnnualPage.tsx')),
              },
              { path: 'monitoring-kurva', ...page(() => import('./pages/EvaluationMonitoringPage.tsx')) },
              { path: 'pengaturan-penilaian', ...page(() => import('./pages/EvaluationSettingsPage.tsx')) },
              { path: 'ganti-kata-sandi', ...page(() => import('./pages/ChangePasswordPage.tsx')) },
              { path: '*', ...page(() => import('./pages/NotFoundPage.tsx')) },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
