import { z } from 'zod';
import { defineCall } from './define';
import { cutoffSchema } from './common';

export const settingsSchema = z.object({
  projectName: z.string().trim().min(1).max(60),
  dayCutoff: cutoffSchema,
  idleLockMinutes: z.number().int().min(1).max(240),
  language: z.enum(['zh-CN', 'en']),
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
