import { z } from 'zod';
import { defineCall } from './define';
import { cutoffSchema } from './common';
import { LOCALES } from '../domain/locale';
import { BOARD_VISIBILITIES, OWNERSHIP_RULES } from '../domain/vocab';

/** A checklist: the items in the order they are checked, each named once. */
const checklistSchema = z
  .array(z.string().trim().min(1).max(40))
  .max(30)
  .refine((list) => new Set(list).size === list.length, 'checklist items must be unique');

/** `/media/usb`, `D:\备份`, `\\server\share`: a folder named from the root, never relative to the app. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)[^\0]*$/;

export const settingsSchema = z.object({
  projectName: z.string().trim().min(1).max(60),
  dayCutoff: cutoffSchema,
  idleLockMinutes: z.number().int().min(1).max(240),
  language: z.enum(LOCALES),
  /** How many automatic backups to keep (SPEC §9: keep 30). */
  backupKeep: z.number().int().min(1).max(365),
  /** Where visitors and callers heard of the project (SPEC §3), in the order the desk offers them. */
  visitChannels: z
    .array(z.string().trim().min(1).max(20))
    .min(1)
    .max(30)
    .refine((list) => new Set(list).size === list.length, 'channels must be unique'),
  /** How long an approved unit hold lasts before the app releases it (SPEC §4). */
  holdExpiryMinutes: z.number().int().min(1).max(1440),
  /** The desk's shifts (SPEC §5, 000:75); a shift ending at or before its start ends next day. */
  shifts: z
    .array(z.object({ name: z.string().trim().min(1).max(20), start: cutoffSchema, end: cutoffSchema }))
    .min(1)
    .max(6)
    .refine((list) => new Set(list.map((s) => s.name)).size === list.length, 'shift names must be unique'),
  /** The front-desk items checked at every handover, with their usual count (000:617). */
  handoverItems: z
    .array(z.object({ name: z.string().trim().min(1).max(30), count: z.number().int().min(0).max(9999) }))
    .max(40)
    .refine((list) => new Set(list.map((i) => i.name)).size === list.length, 'item names must be unique'),

  // Handover, keys and mail (w-desk).
  /**
   * The incoming person counts the desk items, tickets and cash before seeing the expected
   * figures, which appear with the differences before the PIN (a blind count, as hotel
   * cashiers' blind drops: 000:617-621 ask for a real check, not a copy of the outgoing figures).
   */
  handoverCountBlind: z.boolean(),

  // Complaints 客户投诉: each deadline runs from the moment the complaint was received.
  /** The customer has a first reply within this many minutes (000:521: within 2 hours). */
  complaintReplyMinutes: z.number().int().min(15).max(1440),
  /** The complaint is handled within this many days (000:57: an ordinary complaint in 3 days). */
  complaintHandleDays: z.number().int().min(1).max(60),
  /** And closed at the latest this many days after it came in (000:183: 7 days). */
  complaintLimitDays: z.number().int().min(1).max(60),
  /** A closed complaint is revisited within this many days (000:529: 2 days after the service). */
  complaintRevisitDays: z.number().int().min(1).max(30),
  /** A reminder this many minutes before the first reply is due (0: none; the rulebook sets none). */
  complaintReplyNoticeMinutes: z.number().int().min(0).max(600),
  /** A reminder this many hours before handling and the latest close are due (0: none). */
  complaintDayNoticeHours: z.number().int().min(0).max(168),
  // Unit holds 销控 (w-holds)
  /**
   * Who sees the sales-control board (000:719-721 rules 37-38): the manager, the deputy and those
   * they authorise for a period; or, as an office may choose, the status colours for everyone.
   */
  boardVisibility: z.enum(BOARD_VISIBILITIES),
  /** Days within which an approved refund 退定 is paid (000:45: within a week). */
  refundDueDays: z.number().int().min(1).max(60),
  // The people at the desk: attendance, outings, the roster, the opening and closing checks.
  /** Minutes after the shift's start before a clock-in counts as late (004:689: every late is fined). */
  lateGraceMinutes: z.number().int().min(0).max(120),
  /** Minutes past the expected return before the manager is told (000:747: come straight back). */
  outingGraceMinutes: z.number().int().min(0).max(240),
  /** The lunch break 午休 the 专案 decides (000:729); someone stays at the counter (000:731). */
  lunchBreak: z.object({ start: cutoffSchema, end: cutoffSchema }).nullable(),
  /** Rest days only on Monday to Friday (000:739; 004:341 weekends on duty). */
  restWeekdaysOnly: z.boolean(),
  /** A week's rest days are decided by the Friday before (000:739). */
  restByFridayBefore: z.boolean(),
  /** The opening check 开店检查, done before the day starts (004:211-223). */
  openingChecklist: checklistSchema,
  /** The closing check 闭店检查, a step of the day close (000:625, 727, 735). */
  closingChecklist: checklistSchema,
  // Visitors and calls.
  /**
   * Who receives a returning visitor who names no consultant (SPEC §3): `rulebook` (004:241: they
   * count as new and go by rotation; a phone match asks the manager) or `phone` (the owner).
   */
  ownership: z.enum(OWNERSHIP_RULES),
  /**
   * Where callers heard of the project, in the order the desk offers them: a list of its own,
   * since some walk-in channels (路过) are not how anyone phones.
   */
  callChannels: z
    .array(z.string().trim().min(1).max(20))
    .min(1)
    .max(30)
    .refine((list) => new Set(list).size === list.length, 'channels must be unique'),
  // The ledger's trust: backups and their witnesses (SPEC §2, §9).
  /**
   * A second folder every backup is also copied to, with its head file (a USB stick, a network
   * share): a witness of the chain kept apart from the PC. Empty: none. An absolute path.
   */
  secondBackupDir: z
    .string()
    .trim()
    .max(260)
    .refine((dir) => dir === '' || ABSOLUTE_PATH.test(dir), 'an absolute folder path, or empty'),
  // Money at the desk (dayclose, cash).
  /**
   * Blind counts at the close (000:595-597, 帐实相符): the counting step is not told the cash and
   * stock the ledger expects until the count is submitted.
   */
  blindCounts: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  projectName: '未命名项目',
  dayCutoff: '04:00',
  idleLockMinutes: 5,
  language: 'zh-CN',
  backupKeep: 30,
  visitChannels: ['路过', '朋友介绍', '老带新', '网络/新媒体', '户外广告', '电话邀约', '其他'],
  holdExpiryMinutes: 30,
  shifts: [
    { name: '白班', start: '08:30', end: '17:30' },
    { name: '晚班', start: '17:30', end: '01:00' },
  ],
  handoverItems: [
    { name: '对讲机', count: 2 },
    { name: '宣传资料', count: 100 },
    { name: '鞋套', count: 50 },
    { name: '雨伞', count: 5 },
  ],
  handoverCountBlind: true,

  // Complaints 客户投诉.
  complaintReplyMinutes: 120,
  complaintHandleDays: 3,
  complaintLimitDays: 7,
  complaintRevisitDays: 2,
  complaintReplyNoticeMinutes: 30,
  complaintDayNoticeHours: 24,
  // Unit holds 销控 (w-holds)
  boardVisibility: 'managers',
  refundDueDays: 7,
  lateGraceMinutes: 0,
  outingGraceMinutes: 0,
  lunchBreak: { start: '12:00', end: '13:30' },
  restWeekdaysOnly: true,
  restByFridayBefore: true,
  openingChecklist: [
    '照明灯光、室内外灯箱、空调已打开',
    '沙盘、模型清洁，灯光正常',
    '楼书、宣传资料摆放整齐',
    '洽谈桌椅、茶具、烟缸整洁',
    '玻璃门、门面、地板干净',
    '饮水机供水正常',
  ],
  closingChecklist: [
    '门窗已关闭',
    '空调、灯光、沙盘及模型灯已关闭',
    '电源已切断',
    '前台物品已收柜上锁',
    '柜台整理干净，重要资料已归档',
    '前台钥匙已放在办公室指定位置',
  ],

  // Visitors and calls.
  ownership: 'rulebook',
  callChannels: ['朋友介绍', '老带新', '网络/新媒体', '户外广告', '电话邀约', '其他'],
  // The rulebooks say nothing of where backups go; SPEC §9 keeps them beside the ledger only.
  secondBackupDir: '',
  // Money at the desk: count first, then see what the ledger expects.
  blindCounts: true,
};

export const settings = {
  get: defineCall({
    summary: 'The desk settings',
    access: 'signedIn',
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: settingsSchema,
  }),
  update: defineCall({
    summary: 'Change one or more settings',
    access: ['admin'],
    mutates: true,
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
  }),
};
