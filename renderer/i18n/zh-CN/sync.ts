/** The sync with the group headquarters, as the office's administrator and manager see it (SPEC §13). */
export const sync = {
  nav: '总部同步',
  intro:
    '本店台账会在后台自动发往集团总部，每分钟一次，不影响前台操作；总部只能接收，不能修改本店台账。连接由管理员在命令行设置：npm run desk -- sync --connect <总部给的地址>。',
  refresh: '刷新',
  officeId: '门店编号',
  noOfficeId: '尚未设置',
  connection: '总部连接',
  connectionFile: '已设置（台账旁的连接文件）',
  connectionEnvironment: '已设置（环境变量 SITEDESK_HQ_URL）',
  notConfigured: '未设置：台账不会发往总部',
  connectionProblem: '连接文件不可用：{{detail}}',
  localSeq: '本店台账最后一条',
  acknowledged: '总部已确认',
  acknowledgedAt: '#{{seq}}（{{at}} 确认）',
  noneAcknowledged: '总部尚未确认任何记录',
  fingerprint: '指纹（与总部核对）',
  backlog: '待发送',
  backlogCount: '{{count}} 条',
  lastRun: '上次同步',
  neverRun: '尚未同步',
  sentAccepted: '发送 {{sent}} 条，总部新收 {{accepted}} 条',
  detail: '详情',
  witnessTitle: '本店台账与总部已确认的记录不一致',
  witnessBody:
    '总部确认过的那一条记录在本台账中已不存在或已被改动：台账被恢复成旧备份、被替换或被改写。请联系总部核查。',
  alarmTitle: '同步已停止，请联系总部核查',
} as const;
