import type { Labels } from './labels';

/** Why a backup of the ledger was taken; a backup's file name carries its reason. */
export const BACKUP_REASONS = ['daily', 'quit', 'manual', 'dayclose', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const BACKUP_REASON_LABELS = {
  daily: { 'zh-CN': '每日自动', en: 'Daily' },
  quit: { 'zh-CN': '退出时', en: 'On quit' },
  manual: { 'zh-CN': '手动', en: 'Manual' },
  dayclose: { 'zh-CN': '日结', en: 'Day close' },
  'before-restore': { 'zh-CN': '恢复前', en: 'Before restore' },
} as const satisfies Labels<BackupReason>;
