import { AuditOutlined, HomeOutlined, KeyOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Channel } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import { mayCall } from '../api/access';
import { AuditPage } from './audit/AuditPage';
import { HomePage } from './home/HomePage';
import { KeysPage } from './keys/KeysPage';
import { SettingsPage } from './settings/SettingsPage';
import { UsersPage } from './users/UsersPage';

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
    key: 'keys',
    labelKey: 'nav.keys',
    icon: <KeyOutlined aria-hidden />,
    channel: 'keys.board',
    Page: KeysPage,
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
];

export const HOME_ROUTE = 'home';

export function routesFor(roles: readonly Role[]): PageRoute[] {
  return ROUTES.filter((r) => mayCall(r.channel, roles));
}
