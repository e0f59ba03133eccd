import { z } from 'zod';
import { defineCall } from './define';
import { cutoffSchema } from './common';
import { LOCALES } from '../domain/locale';
import { OWNERSHIP_RULES } from '../domain/vocab';

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
  /** The desk's shifts (SPEC §5, 000:297); a shift ending at or before its start ends next day. */
  shifts: z
    .array(z.object({ name: z.string().trim().min(1).max(20), start: cutoffSchema, end: cutoffSchema }))
    .min(1)
    .max(6)
    .refine((list) => new Set(list.map((s) => s.name)).size === list.length, 'shift names must be unique'),
  /** The front-desk items checked at every handover, with their usual count (000:615). */
  handoverItems: z
    .array(z.object({ name: z.string().trim().min(1).max(30), count: z.number().int().min(0).max(9999) }))
    .max(40)
    .refine((list) => new Set(list.map((i) => i.name)).size === list.length, 'item names must be unique'),

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

  // Visitors and calls.
  ownership: 'rulebook',
  callChannels: ['朋友介绍', '老带新', '网络/新媒体', '户外广告', '电话邀约', '其他'],
};

export const settings = {
  get: defineCall({
    summary: 'The desk settings',
    access: 'signedIn',
    mutates: false,
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
