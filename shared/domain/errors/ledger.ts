import type { Messages } from './messages';

/** The ledger file itself and its backups (`backups.*`). */
export const LEDGER_ERRORS = {
  LEDGER_TOO_NEW: {
    'zh-CN': '台账文件由更新版本的 SiteDesk 写入（{migration}），请升级软件',
    en: 'The ledger was written by a newer SiteDesk ({migration}): please upgrade',
  },
  LEDGER_DAMAGED: {
    'zh-CN': '台账文件已损坏（{reason}），为保护数据不会写入。最近一份完好的备份：{backup}',
    en: 'The ledger file is damaged ({reason}); nothing will be written to it. Latest good backup: {backup}',
  },
  BACKUP_NOT_FOUND: {
    'zh-CN': '找不到备份 {name}',
    en: 'No backup named {name}',
  },
  BACKUP_INVALID: {
    'zh-CN': '备份文件未通过校验：{reason}',
    en: 'The backup file failed verification: {reason}',
  },
  LEDGER_REFUSED: {
    'zh-CN': '台账拒绝了这次写入（违反规则）：{reason}',
    en: 'The ledger refused this write (a rule forbids it): {reason}',
  },
  LEDGER_READ_ONLY: {
    'zh-CN': '台账文件只读，无法保存；仍可查看。请检查文件或文件夹的权限',
    en: 'The ledger file is read-only: nothing was saved; reading still works. Check the file permissions',
  },
  DISK_FULL: {
    'zh-CN': '磁盘已满，操作未保存；仍可查看。请清理磁盘空间后重试',
    en: 'The disk is full: nothing was saved; reading still works. Free some space and try again',
  },
  DISK_ERROR: {
    'zh-CN': '读写台账文件出错，操作未保存：{reason}',
    en: 'The ledger file could not be read or written; nothing was saved: {reason}',
  },
  LEDGER_REPLACED: {
    'zh-CN':
      '台账文件在 SiteDesk 运行时被其他程序替换或删除，为免记录丢失已停止写入。请关闭 SiteDesk 后重新打开',
    en: 'The ledger file was replaced or removed by another program while SiteDesk was running; SiteDesk stopped writing so nothing is lost. Close SiteDesk and start it again',
  },
  LEDGER_IN_USE: {
    'zh-CN': 'SiteDesk 正在使用这个数据文件夹（{holder}），不能恢复备份。请先关闭程序或网页服务',
    en: 'SiteDesk is running on this data folder ({holder}): a backup cannot be restored under it. Close the app or the web host first',
  },
  LEDGER_RESTORING: {
    'zh-CN': '这个数据文件夹正在恢复备份，请等恢复完成后再启动',
    en: 'A backup is being restored into this data folder: start again once the restore has finished',
  },
  LEDGER_BUSY: {
    'zh-CN': '台账正被另一处使用，请稍后重试',
    en: 'The ledger is busy elsewhere: try again in a moment',
  },
} as const satisfies Messages;
