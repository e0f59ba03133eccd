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
  messageLeftCall: '{{caller}} 来电留言：{{about}}（请在 {{by}} 前回电）',
  messageLeftVisit: '{{caller}} 来访留言：{{about}}（请在 {{by}} 前回复）',
  messageOverdue: '留言已过回电时间 {{by}}：{{caller}}，{{about}}',
} as const;
