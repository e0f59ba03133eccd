/** Titles of notifications by their `titleKey`, filled with the notification's params. */
export const notifications = {
  holdDeputyApproved: '{{deputy}}（副理）批准了 {{unit}} 的销控（{{consultant}}）',
  holdDeputyRejected: '{{deputy}}（副理）驳回了 {{unit}} 的销控（{{consultant}}）：{{reason}}',
  holdDeputyReleased: '{{deputy}}（副理）放出了 {{unit}}（{{consultant}}）',
  holdDeputyDeposit: '{{deputy}}（副理）登记了 {{unit}} 的定金 {{amount}}（{{consultant}}）',
  holdDeputySigned: '{{deputy}}（副理）登记 {{unit}} 已签约（{{consultant}}）',
  userLockedOut: '{{name}} 连续输错 PIN 已被锁定至 {{until}}',
  lowTicketStock: '{{type}} 只剩 {{onHand}} 张：请通知影院送票（{{cinema}} {{contact}} {{phone}}）',
  ticketPostersNextMonth: '月末了：请通知影院送来 {{month}} 的电影海报，放在员工餐厅出口',
  ticketPosterChange: '请在 {{changeBy}} 前更换员工餐厅海报：《{{film}}》{{from}} 上映',
  ownershipDispute: '{{claimant}} 对客户 #{{customerId}} 提出归属争议，待裁定',
  overdueKey: '钥匙 {{tag}}（{{name}}）第 {{copy}} 把逾期未还：{{holder}}',
  handoverDifference: '{{shift}}交接 #{{id}}（{{from}} → {{to}}）有 {{count}} 处不符，请核查',
  handoverMissing: '{{date}} {{shift}}（至 {{end}}）下班前没有写交接记录',
  handoverWrittenLate: '{{date}} {{shift}}的交接已由 {{from}} 于 {{at}} 补写（交给 {{to}}），漏交接提醒解除',
  complaint: {
    filed: '新投诉 {{no}}（{{by}} 受理）：请尽快指派处理人',
    unsatisfied: '投诉 {{no}} 回访客户不满意（{{by}} 回访）：请决定是否重新处理',
    reply: {
      before: '投诉 {{no}} 须在 {{due}} 前首次回复客户（处理人 {{handler}}）',
      beforeUnassigned: '投诉 {{no}} 须在 {{due}} 前首次回复客户，尚未指派处理人',
      at: '投诉 {{no}} 首次回复已逾期（应于 {{due}} 前，处理人 {{handler}}）',
      atUnassigned: '投诉 {{no}} 首次回复已逾期（应于 {{due}} 前），尚未指派处理人',
    },
    handle: {
      before: '投诉 {{no}} 须在 {{due}} 前处理完毕（处理人 {{handler}}）',
      beforeUnassigned: '投诉 {{no}} 须在 {{due}} 前处理完毕，尚未指派处理人',
      at: '投诉 {{no}} 处理已逾期（应于 {{due}} 前，处理人 {{handler}}）',
      atUnassigned: '投诉 {{no}} 处理已逾期（应于 {{due}} 前），尚未指派处理人',
    },
    limit: {
      before: '投诉 {{no}} 最迟须在 {{due}} 前结案（处理人 {{handler}}）',
      beforeUnassigned: '投诉 {{no}} 最迟须在 {{due}} 前结案，尚未指派处理人',
      at: '投诉 {{no}} 已超过最迟结案时限 {{due}}（处理人 {{handler}}）',
      atUnassigned: '投诉 {{no}} 已超过最迟结案时限 {{due}}，尚未指派处理人',
    },
    revisit: {
      at: '投诉 {{no}} 已结案，回访已逾期（应于 {{due}} 前）',
    },
  },
  hqSyncFork: '总部拒收本店台账：第 #{{seq}} 条与总部的副本不一致（台账分叉）。同步已停止，请联系总部核查',
  hqSyncBehind:
    '本店台账只到第 #{{local}} 条，比总部的副本（#{{seq}}）短：台账被恢复成旧备份或被替换？同步已停止，请联系总部',
  hqSyncInvalid: '总部拒收第 #{{seq}} 条：未通过总部的校验。同步已停止，请联系总部',
  hqSyncDamaged: '本店台账第 #{{seq}} 条未通过校验，没有发往总部。请运行“校验台账”',
  hqSyncRefused: '总部不接受本店的登录（账号、密码或门店编号不对）：请向总部重新索取连接',
  holdRequested: '{{consultant}} 申请销控 {{unit}}，待审批',
  holdNoDeposit: '{{consultant}} 报告 {{unit}} 客户不定：{{reason}}，请取消销控',
  holdDeputyDepositDiscount:
    '{{deputy}}（副理）登记了 {{unit}} 的定金 {{amount}}（{{consultant}}），优惠 {{discount}}，{{approver}} 批准',
  holdBoardGranted: '{{by}}（副理）授权 {{name}} 查看销控表至 {{until}}：{{reason}}',
  refundOverdue: '{{unit}} 退款 {{amount}}（{{customer}}）应于 {{due}} 前支付，已逾期 {{days}} 天',
} as const;
