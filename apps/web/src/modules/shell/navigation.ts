import type { Me } from '@sigap/contracts';
import {
  IconAdjustments,
  IconAward,
  IconBuildingCommunity,
  IconBuildingStore,
  IconCalendarStats,
  IconChartBar,
  IconChartDots,
  IconChartHistogram,
  IconChecklist,
  IconClipboardCheck,
  IconFileImport,
  IconHome,
  IconListSearch,
  IconMessageCircleUser,
  IconMessageReport,
  IconMessages,
  IconNotebook,
  IconPresentationAnalytics,
  IconProgressCheck,
  IconScale,
  IconStars,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  /** Shown when the signed-in user passes this test (abilities come from the API). */
  visible: (me: Me) => boolean;
  /** Active only on exactly this path (a sibling entry owns the sub-paths). */
  end?: boolean;
  /** The navigation section the entry belongs to (none: above the sections). */
  group?: NavGroup;
}

/** Sections of the navigation, in order; their labels are `nav.group.<name>`. */
export const NAV_GROUPS = ['self', 'team', 'monitor', 'voice', 'admin'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

const can = (ability: string) => (me: Me) => me.abilities.includes(ability);

export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: IconHome, visible: can('agency.summary') },
  {
    to: '/profil',
    labelKey: 'nav.profile',
    icon: IconUserCircle,
    visible: (me) => me.user.employeeId !== null,
    group: 'self',
  },
  { to: '/skp', labelKey: 'nav.mySkp', icon: IconTargetArrow, visible: can('skp.mine'), group: 'self' },
  {
    to: '/penilaian-saya',
    labelKey: 'nav.officerRatings',
    icon: IconStars,
    visible: can('officerRatings.mine'),
    group: 'self',
  },
  {
    to: '/evaluasi-saya',
    labelKey: 'evaluation.nav.mine',
    icon: IconAward,
    visible: (me) => me.user.employeeId !== null,
    group: 'self',
  },
  {
    to: '/log-harian',
    labelKey: 'dailyLog.nav.mine',
    icon: IconNotebook,
    visible: can('dailyLog.mine'),
    group: 'self',
  },
  {
    to: '/skp-bawahan',
    labelKey: 'nav.teamSkp',
    icon: IconClipboardCheck,
    visible: can('skp.team'),
    group: 'team',
  },
  {
    to: '/log-harian-tim',
    labelKey: 'dailyLog.nav.team',
    icon: IconChecklist,
    visible: (me) => can('dailyLog.team')(me) || can('dailyLog.settings')(me),
    group: 'team',
  },
  {
    to: '/dialog-kinerja',
    labelKey: 'coaching.nav',
    icon: IconMessages,
    visible: (me) => can('coaching.mine')(me) || can('coaching.coach')(me),
    group: 'team',
  },
  {
    to: '/masukan-rekan',
    labelKey: 'peerInput.nav',
    icon: IconMessageCircleUser,
    visible: (me) => can('peerInput.answer')(me) || can('peerInput.request')(me),
    group: 'team',
  },
  {
    to: '/progres-tim',
    labelKey: 'progress.nav.team',
    icon: IconProgressCheck,
    visible: can('progress.team'),
    group: 'team',
  },
  {
    to: '/penilaian',
    labelKey: 'evaluation.nav.rate',
    icon: IconScale,
    visible: can('evaluation.rate'),
    end: true,
    group: 'team',
  },
  {
    to: '/penilaian/unit',
    labelKey: 'evaluation.nav.units',
    icon: IconChartHistogram,
    // Unit heads and leaders set the predikat of the units below them.
    visible: (me) => can('evaluation.rate')(me) && can('skp.monitor')(me),
    group: 'monitor',
  },
  {
    to: '/monitoring-skp',
    labelKey: 'nav.monitoring',
    icon: IconChartBar,
    visible: can('skp.monitor'),
    group: 'monitor',
  },
  {
    to: '/monitoring-kurva',
    labelKey: 'evaluationMonitoring.nav',
    icon: IconChartDots,
    visible: can('evaluation.monitor'),
    group: 'monitor',
  },
  {
    to: '/dasbor-kinerja',
    labelKey: 'progress.nav.units',
    icon: IconPresentationAnalytics,
    visible: can('progress.units'),
    group: 'monitor',
  },
  {
    to: '/layanan',
    labelKey: 'nav.services',
    icon: IconBuildingStore,
    visible: can('services.list'),
    group: 'voice',
  },
  {
    to: '/pengaduan-masuk',
    labelKey: 'nav.complaints',
    icon: IconMessageReport,
    visible: can('complaints.read'),
    group: 'voice',
  },
  {
    to: '/periode',
    labelKey: 'nav.planning',
    icon: IconCalendarStats,
    visible: can('planning.manage'),
    group: 'admin',
  },
  {
    to: '/pengaturan-penilaian',
    labelKey: 'evaluation.nav.settings',
    icon: IconAdjustments,
    visible: can('evaluation.settings'),
    group: 'admin',
  },
  {
    to: '/unit',
    labelKey: 'nav.units',
    icon: IconBuildingCommunity,
    visible: can('units.list'),
    group: 'admin',
  },
  {
    to: '/pegawai',
    labelKey: 'nav.employees',
    icon: IconUsers,
    visible: can('employees.list'),
    group: 'admin',
  },
  {
    to: '/impor',
    labelKey: 'nav.import',
    icon: IconFileImport,
    visible: can('employees.import'),
    group: 'admin',
  },
  { to: '/audit', labelKey: 'nav.audit', icon: IconListSearch, visible: can('audit.list'), group: 'admin' },
];

export function isActive(item: NavItem, pathname: string): boolean {
  if (item.end) return pathname === item.to;
  return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
