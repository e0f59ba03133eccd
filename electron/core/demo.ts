import { DEMO_OFFICE_ID } from '../../shared/domain/officeId';
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
 * the administrator signs in and creates the staff, every step audited. The office's id at
 * headquarters is the demo's fixed one unless given (several demo offices syncing to one HQ).
 */
export async function seedDemo(router: Router, options: { officeId?: string } = {}): Promise<void> {
  const session = (await must(router, 'auth.session', {})) as { setupRequired: boolean };
  if (!session.setupRequired) return;
  await must(router, 'auth.setup', {
    projectName: DEMO_PROJECT,
    adminName: DEMO_ADMIN.name,
    adminSecret: DEMO_ADMIN.secret,
    officeId: options.officeId ?? DEMO_OFFICE_ID,
  });
  for (const user of DEMO_STAFF) await must(router, 'users.create', user);
  await seedTicketCatalogue(router);
  await must(router, 'units.import', {
    fileName: 'demo-units.csv',
    contentBase64: Buffer.from(demoUnitsCsv(), 'utf8').toString('base64'),
  });
  for (const key of DEMO_KEYS) await must(router, 'keys.create', key);
  await must(router, 'auth.signOut', {});
}

/** The consignment-ticket catalogue (SPEC §6): one cinema and its two ticket types, no stock yet. */
export const DEMO_CINEMA = { name: '万达影城', contactName: '张经理', contactPhone: '13912345678' };
export const DEMO_TICKET_TYPES = [
  { name: '2D 电影票', priceFen: 3500, lowStockThreshold: 10 },
  { name: '3D 电影票', priceFen: 4500, lowStockThreshold: 5 },
];

async function seedTicketCatalogue(router: Router): Promise<void> {
  const cinema = (await must(router, 'tickets.saveCinema', DEMO_CINEMA)) as { id: number };
  for (const type of DEMO_TICKET_TYPES) {
    await must(router, 'tickets.saveType', { ...type, cinemaId: cinema.id });
  }
}

/** One building of the demo project: 6 floors × 4 rooms, imported like an office's own list. */
export function demoUnitsCsv(): string {
  const layouts = [
    { layout: '三室两厅', areaCenti: 12_856, perM2: 21_800 },
    { layout: '两室两厅', areaCenti: 8_920, perM2: 22_500 },
    { layout: '两室两厅', areaCenti: 8_920, perM2: 22_500 },
    { layout: '三室两厅', areaCenti: 12_856, perM2: 21_800 },
  ];
  const lines = ['楼栋,单元,楼层,房号,户型,面积,总价'];
  for (let floor = 1; floor <= 6; floor++) {
    layouts.forEach((l, i) => {
      // whole hundreds of yuan, in integers: area (hundredths of m²) × price per m²
      const yuan = Math.round((l.areaCenti * (l.perM2 + floor * 150)) / 10_000) * 100;
      const area = `${Math.floor(l.areaCenti / 100)}.${String(l.areaCenti % 100).padStart(2, '0')}`;
      lines.push(`1栋,1单元,${floor},${floor}0${i + 1},${l.layout},${area},${yuan}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
