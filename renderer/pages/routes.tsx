import {
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CommentOutlined,
  CloudSyncOutlined,
  ClockCircleOutlined,
  BarChartOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  HomeOutlined,
  KeyOutlined,
  MessageOutlined,
  EyeOutlined,
  PhoneOutlined,
  PrinterOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Channel } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import { mayCall } from '../api/access';
import { lazyComponent } from '../lazyComponent';

export interface PageRoute {
  key: string;
  /** Key in the `common` catalogue, e.g. `nav.users`. */
  labelKey: string;
  icon: ReactNode;
  /**
   * The page's main call: whoever may make it sees the page. Read from the contract, so the
   * roles are written once, in the contract.
   */
  channel: Channel;
  /** The page, loaded when first opened; `preload` loads it ahead of that. */
  Page: ComponentType;
  preload(): Promise<unknown>;
}

/** A page whose code is its own chunk, loaded when first opened. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): Pick<PageRoute, 'Page' | 'preload'> {
  const { Component, preload } = lazyComponent(load, name);
  return { Page: Component, preload };
}

/**
 * The side menu, in order. A new ledger is one entry here. Each page's code is its own chunk,
 * loaded when first opened (or ahead of that, once the desk is idle: see `preloadPages`).
 */
export const ROUTES: readonly PageRoute[] = [
  {
    key: 'home',
    labelKey: 'nav.home',
    icon: <HomeOutlined aria-hidden />,
    channel: 'notifications.list',
    ...page(() => import('./home/HomePage'), 'HomePage'),
  },
  {
    key: 'tickets',
    labelKey: 'nav.tickets',
    icon: <VideoCameraOutlined aria-hidden />,
    channel: 'tickets.catalogue',
    ...page(() => import('./tickets/TicketsPage'), 'TicketsPage'),
  },
  {
    key: 'visits',
    labelKey: 'visits.nav.desk',
    icon: <SolutionOutlined aria-hidden />,
    channel: 'visits.day',
    ...page(() => import('./visits/VisitsPage'), 'VisitsPage'),
  },
  {
    key: 'calls',
    labelKey: 'visits.nav.calls',
    icon: <PhoneOutlined aria-hidden />,
    channel: 'calls.day',
    ...page(() => import('./visits/CallsPage'), 'CallsPage'),
  },
  {
    key: 'messages',
    labelKey: 'privacy:nav',
    icon: <MessageOutlined aria-hidden />,
    channel: 'messages.mine',
    ...page(() => import('./messages/MessagesPage'), 'MessagesPage'),
  },
  {
    key: 'visit-analysis',
    labelKey: 'visits.nav.analysis',
    icon: <BarChartOutlined aria-hidden />,
    channel: 'visits.analysis',
    ...page(() => import('./visits/AnalysisPage'), 'AnalysisPage'),
  },
  {
    key: 'customers',
    labelKey: 'visits.nav.customers',
    icon: <UserSwitchOutlined aria-hidden />,
    channel: 'customers.decide',
    ...page(() => import('./visits/CustomersPage'), 'CustomersPage'),
  },
  {
    key: 'disclosures',
    labelKey: 'privacy:registerNav',
    icon: <EyeOutlined aria-hidden />,
    channel: 'disclosures.register',
    ...page(() => import('./disclosures/DisclosuresPage'), 'DisclosuresPage'),
  },
  {
    key: 'holds',
    labelKey: 'holds:nav.board',
    icon: <ShopOutlined aria-hidden />,
    channel: 'holds.access',
    ...page(() => import('./holds/HoldsPage'), 'HoldsPage'),
  },
  {
    key: 'units',
    labelKey: 'holds:nav.units',
    icon: <AppstoreOutlined aria-hidden />,
    channel: 'units.list',
    ...page(() => import('./units/UnitsPage'), 'UnitsPage'),
  },
  {
    key: 'keys',
    labelKey: 'nav.keys',
    icon: <KeyOutlined aria-hidden />,
    channel: 'keys.board',
    ...page(() => import('./keys/KeysPage'), 'KeysPage'),
  },
  {
    key: 'handover',
    labelKey: 'handover:nav',
    icon: <FileDoneOutlined aria-hidden />,
    channel: 'handover.log',
    ...page(() => import('./handover/HandoverPage'), 'HandoverPage'),
  },
  {
    key: 'complaints',
    labelKey: 'complaints:nav',
    icon: <CommentOutlined aria-hidden />,
    channel: 'complaints.list',
    ...page(() => import('./complaints/ComplaintsPage'), 'ComplaintsPage'),
  },
  {
    key: 'attendance',
    labelKey: 'people:nav',
    icon: <ClockCircleOutlined aria-hidden />,
    channel: 'outings.record',
    ...page(() => import('./people/AttendancePage'), 'AttendancePage'),
  },
  {
    key: 'roster',
    labelKey: 'people:navRoster',
    icon: <CalendarOutlined aria-hidden />,
    channel: 'roster.month',
    ...page(() => import('./people/RosterPage'), 'RosterPage'),
  },
  {
    key: 'dayclose',
    labelKey: 'dayclose:nav',
    icon: <CarryOutOutlined aria-hidden />,
    channel: 'dayclose.prepare',
    ...page(() => import('./dayclose/DayClosePage'), 'DayClosePage'),
  },
  {
    key: 'daysheet',
    labelKey: 'daysheet:nav',
    icon: <PrinterOutlined aria-hidden />,
    channel: 'exports.daySheetXlsx',
    ...page(() => import('./daysheet/DaySheetPage'), 'DaySheetPage'),
  },
  {
    key: 'users',
    labelKey: 'nav.users',
    icon: <TeamOutlined aria-hidden />,
    channel: 'users.list',
    ...page(() => import('./users/UsersPage'), 'UsersPage'),
  },
  {
    key: 'settings',
    labelKey: 'nav.settings',
    icon: <SettingOutlined aria-hidden />,
    channel: 'settings.update',
    ...page(() => import('./settings/SettingsPage'), 'SettingsPage'),
  },
  {
    key: 'audit',
    labelKey: 'nav.audit',
    icon: <AuditOutlined aria-hidden />,
    channel: 'audit.list',
    ...page(() => import('./audit/AuditPage'), 'AuditPage'),
  },
  {
    key: 'backups',
    labelKey: 'nav.backups',
    icon: <DatabaseOutlined aria-hidden />,
    channel: 'backups.list',
    ...page(() => import('./backups/BackupsPage'), 'BackupsPage'),
  },
  {
    key: 'sync',
    labelKey: 'sync.nav',
    icon: <CloudSyncOutlined aria-hidden />,
    channel: 'sync.status',
    ...page(() => import('./sync/SyncPage'), 'SyncPage'),
  },
];

export const HOME_ROUTE = 'home';

export function routesFor(roles: readonly Role[]): PageRoute[] {
  return ROUTES.filter((r) => mayCall(r.channel, roles));
}

/** Loads every page's code, one after another, so none waits for it when first opened. */
export async function preloadPages(routes: readonly PageRoute[] = ROUTES): Promise<void> {
  for (const route of routes) await route.preload();
}
