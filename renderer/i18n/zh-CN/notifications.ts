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
  // the people at the desk: attendance, outings, the roster; the deputy's hold acts while the manager is out (代)
  attendanceMissedClockOut: '{{name}} {{date}} {{in}} 签到后没有签退，请核实并更正',
  attendanceProxyIn: '{{actor}} 试图替 {{name}} 签到（代签），已拒绝（{{at}}）',
  attendanceProxyOut: '{{actor}} 试图替 {{name}} 签退（代签），已拒绝（{{at}}）',
  outingOverdue: '{{name}} 外出（{{destination}}）预计 {{expected}} 返回，已逾期 {{minutes}} 分钟',
  lunchNobodyAssigned: '{{date}} 午休时间没有安排人员留守柜台',
  lunchCoverAway: '{{date}} 午休时间柜台无人值守（安排的 {{names}} 不在岗）',
  holdDeputyApprovedOnBehalf: '{{deputy}}（代 {{manager}}）批准了 {{unit}} 的销控（{{consultant}}）',
  holdDeputyRejectedOnBehalf:
    '{{deputy}}（代 {{manager}}）驳回了 {{unit}} 的销控（{{consultant}}）：{{reason}}',
  holdDeputyReleasedOnBehalf: '{{deputy}}（代 {{manager}}）放出了 {{unit}}（{{consultant}}）',
  holdDeputyDepositOnBehalf:
    '{{deputy}}（代 {{manager}}）登记了 {{unit}} 的定金 {{amount}}（{{consultant}}）',
  holdDeputySignedOnBehalf: '{{deputy}}（代 {{manager}}）登记 {{unit}} 已签约（{{consultant}}）',
} as const;
