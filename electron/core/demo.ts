import type { Role } from '../../shared/domain/roles';
import type { Router } from './router';

/** The demo office: 魅力晶都 (seeds 000), staff in every role. PINs are listed in the README. */
export const DEMO_PROJECT = '魅力晶都';

export interface DemoUser {
  name: string;
  roles: Role[];
  secret: string;
}

export const DEMO_ADMIN: DemoUser = { name: '系统管理员', roles: ['admin'], secret: '900000' };

export const DEMO_STAFF: DemoUser[] = [
  { name: '李经理', roles: ['manager'], secret: '1111' },
  { name: '赵副理', roles: ['deputy'], secret: '2222' },
  { name: '王芳', roles: ['receptionist'], secret: '3333' },
  { name: '陈静', roles: ['receptionist'], secret: '3344' },
  { name: '刘敏', roles: ['assistant'], secret: '4444' },
  { name: '张伟', roles: ['consultant'], secret: '5555' },
  { name: '孙丽', roles: ['consultant'], secret: '5566' },
  { name: '周强', roles: ['consultant'], secret: '5577' },
  { name: '吴娜', roles: ['consultant'], secret: '5588' },
  { name: '钱出纳', roles: ['cashier'], secret: '6666' },
];

/** The desk's key register (SPEC §7); the front-desk key spends the night in the office. */
export const DEMO_KEYS = [
  {
    tag: 'QT',
    name: '前台柜钥匙',
    kind: 'front_desk',
    homePlace: '前台',
    nightPlace: '办公室指定位置',
    copies: 1,
    restricted: false,
  },
  {
    tag: 'YBA',
    name: '样板房 A 钥匙',
    kind: 'show_flat',
    homePlace: '前台钥匙箱',
    nightPlace: null,
    copies: 2,
    restricted: false,
  },
  {
    tag: 'YBB',
    name: '样板房 B 钥匙',
    kind: 'show_flat',
    homePlace: '前台钥匙箱',
    nightPlace: null,
    copies: 2,
    restricted: false,
  },
  {
    tag: 'BGS',
    name: '办公室钥匙',
    kind: 'office',
    homePlace: '前台钥匙箱',
    nightPlace: null,
    copies: 1,
    restricted: false,
  },
  {
    tag: 'XK',
    name: '销控专用抽屉钥匙',
    kind: 'sales_drawer',
    homePlace: '经理办公室',
    nightPlace: null,
    copies: 1,
    restricted: true,
  },
] as const;

async function must(router: Router, channel: string, input: unknown): Promise<unknown> {
  const res = await router.call(channel, input);
  if (!res.ok) throw new Error(`demo: ${channel} refused: ${res.error.code} ${res.error.message}`);
  return res.data;
}

/**
 * Fills an empty ledger with the demo office, through the router like any other user would:
 * the administrator signs in and creates the staff, every step audited.
 */
export async function seedDemo(router: Router): Promise<void> {
  const session = (await must(router, 'auth.session', {})) as { setupRequired: boolean };
  if (!session.setupRequired) return;
  await must(router, 'auth.setup', {
    projectName: DEMO_PROJECT,
    adminName: DEMO_ADMIN.name,
    adminSecret: DEMO_ADMIN.secret,
  });
  for (const user of DEMO_STAFF) await must(router, 'users.create', user);
  for (const key of DEMO_KEYS) await must(router, 'keys.create', key);
  await must(router, 'auth.signOut', {});
}
