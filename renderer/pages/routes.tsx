import {
  AppstoreOutlined,
  AuditOutlined,
  CarryOutOutlined,
  CommentOutlined,
  CloudSyncOutlined,
  BarChartOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  HomeOutlined,
  KeyOutlined,
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
import { AuditPage } from './audit/AuditPage';
import { BackupsPage } from './backups/BackupsPage';
import { DayClosePage } from './dayclose/DayClosePage';
import { HomePage } from './home/HomePage';
import { SettingsPage } from './settings/SettingsPage';
import { SyncPage } from './sync/SyncPage';
import { TicketsPage } from './tickets/TicketsPage';
import { UsersPage } from './users/UsersPage';
import { AnalysisPage } from './visits/AnalysisPage';
import { CallsPage } from './visits/CallsPage';
import { CustomersPage } from './visits/CustomersPage';
import { VisitsPage } from './visits/VisitsPage';
import { HoldsPage } from './holds/HoldsPage';
import { UnitsPage } from './units/UnitsPage';
import { KeysPage } from './keys/KeysPage';
import { DaySheetPage } from './daysheet/DaySheetPage';
import { HandoverPage } from './handover/HandoverPage';
import { ComplaintsPage } from './complaints/ComplaintsPage';

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
  Page: ComponentType;
}

/** The side menu, in order. A new ledger is one line here. */
export const ROUTES: readonly PageRoute[] = [
  {
    key: 'home',
    labelKey: 'nav.home',
    icon: <HomeOutlined aria-hidden />,
    channel: 'notifications.list',
    Page: HomePage,
  },
  {
    key: 'tickets',
    labelKey: 'nav.tickets',
    icon: <VideoCameraOutlined aria-hidden />,
    channel: 'tickets.catalogue',
    Page: TicketsPage,
  },
  {
    key: 'visits',
    labelKey: 'visits.nav.desk',
    icon: <SolutionOutlined aria-hidden />,
    channel: 'visits.day',
    Page: VisitsPage,
  },
  {
    key: 'calls',
    labelKey: 'visits.nav.calls',
    icon: <PhoneOutlined aria-hidden />,
    channel: 'calls.day',
    Page: CallsPage,
  },
  {
    key: 'visit-analysis',
    labelKey: 'visits.nav.analysis',
    icon: <BarChartOutlined aria-hidden />,
    channel: 'visits.analysis',
    Page: AnalysisPage,
  },
  {
    key: 'customers',
    labelKey: 'visits.nav.customers',
    icon: <UserSwitchOutlined aria-hidden />,
    channel: 'customers.decide',
    Page: CustomersPage,
  },
  {
    key: 'holds',
    labelKey: 'holds:nav.board',
    icon: <ShopOutlined aria-hidden />,
    channel: 'holds.access',
    Page: HoldsPage,
  },
  {
    key: 'units',
    labelKey: 'holds:nav.units',
    icon: <AppstoreOutlined aria-hidden />,
    channel: 'units.list',
    Page: UnitsPage,
  },
  {
    key: 'keys',
    labelKey: 'nav.keys',
    icon: <KeyOutlined aria-hidden />,
    channel: 'keys.board',
    Page: KeysPage,
  },
  {
    key: 'handover',
    labelKey: 'handover:nav',
    icon: <FileDoneOutlined aria-hidden />,
    channel: 'handover.log',
    Page: HandoverPage,
  },
  {
    key: 'complaints',
    labelKey: 'complaints:nav',
    icon: <CommentOutlined aria-hidden />,
    channel: 'complaints.list',
    Page: ComplaintsPage,
  },
  {
    key: 'dayclose',
    labelKey: 'dayclose:nav',
    icon: <CarryOutOutlined aria-hidden />,
    channel: 'dayclose.prepare',
    Page: DayClosePage,
  },
  {
    key: 'daysheet',
    labelKey: 'daysheet:nav',
    icon: <PrinterOutlined aria-hidden />,
    channel: 'exports.daySheetXlsx',
    Page: DaySheetPage,
  },
  {
    key: 'users',
    labelKey: 'nav.users',
    icon: <TeamOutlined aria-hidden />,
    channel: 'users.list',
    Page: UsersPage,
  },
  {
    key: 'settings',
    labelKey: 'nav.settings',
    icon: <SettingOutlined aria-hidden />,
    channel: 'settings.update',
    Page: SettingsPage,
  },
  {
    key: 'audit',
    labelKey: 'nav.audit',
    icon: <AuditOutlined aria-hidden />,
    channel: 'audit.list',
    Page: AuditPage,
  },
  {
    key: 'backups',
    labelKey: 'nav.backups',
    icon: <DatabaseOutlined aria-hidden />,
    channel: 'backups.list',
    Page: BackupsPage,
  },
  {
    key: 'sync',
    labelKey: 'sync.nav',
    icon: <CloudSyncOutlined aria-hidden />,
    channel: 'sync.status',
    Page: SyncPage,
  },
];

export const HOME_ROUTE = 'home';

export function routesFor(roles: readonly Role[]): PageRoute[] {
  return ROUTES.filter((r) => mayCall(r.channel, roles));
}
