import type { Written } from '../zh-CN';

/** Titles of notifications by their `titleKey`, filled with the notification's params. */
export const notifications: Written['notifications'] = {
  holdDeputyApproved: '{{deputy}} (deputy) approved the hold on {{unit}} ({{consultant}})',
  holdDeputyRejected: '{{deputy}} (deputy) rejected the hold on {{unit}} ({{consultant}}): {{reason}}',
  holdDeputyReleased: '{{deputy}} (deputy) released {{unit}} ({{consultant}})',
  holdDeputyDeposit: '{{deputy}} (deputy) registered a deposit of {{amount}} on {{unit}} ({{consultant}})',
  holdDeputySigned: '{{deputy}} (deputy) recorded {{unit}} as signed ({{consultant}})',
  userLockedOut: '{{name}} typed a wrong PIN too often and is locked until {{until}}',
  lowTicketStock:
    'Only {{onHand}} {{type}} left: ask the cinema for tickets ({{cinema}}, {{contact}} {{phone}})',
  ticketPostersNextMonth: "Month end: ask the cinema for {{month}}'s film posters for the staff canteen exit",
  ticketPosterChange: 'Change the staff-canteen poster by {{changeBy}}: {{film}} opens {{from}}',
  ownershipDispute: '{{claimant}} disputes the ownership of customer #{{customerId}}: to decide',
  overdueKey: 'Key {{tag}} ({{name}}) copy {{copy}} is overdue: {{holder}}',
  handoverDifference:
    'Handover #{{id}} ({{shift}}, {{from}} → {{to}}) found {{count}} difference(s): please check',
  handoverMissing: 'No handover was written for the {{shift}} shift of {{date}} (ended {{end}})',
  // the people at the desk: attendance, outings, the roster; the deputy's hold acts while the manager is out (代)
  attendanceMissedClockOut:
    '{{name}} clocked in on {{date}} at {{in}} and never clocked out: check and correct',
  attendanceProxyIn: '{{actor}} tried to clock {{name}} in (代签): refused ({{at}})',
  attendanceProxyOut: '{{actor}} tried to clock {{name}} out (代签): refused ({{at}})',
  outingOverdue: '{{name}} is out ({{destination}}), due back at {{expected}}: {{minutes}} min overdue',
  lunchNobodyAssigned: 'Nobody is rostered to stay at the counter over lunch on {{date}}',
  lunchCoverAway: 'Nobody is at the counter over lunch on {{date}} ({{names}}, rostered, not there)',
  holdDeputyApprovedOnBehalf:
    '{{deputy}} (for {{manager}}, who is out) approved the hold on {{unit}} ({{consultant}})',
  holdDeputyRejectedOnBehalf:
    '{{deputy}} (for {{manager}}, who is out) rejected the hold on {{unit}} ({{consultant}}): {{reason}}',
  holdDeputyReleasedOnBehalf: '{{deputy}} (for {{manager}}, who is out) released {{unit}} ({{consultant}})',
  holdDeputyDepositOnBehalf:
    '{{deputy}} (for {{manager}}, who is out) registered a deposit of {{amount}} on {{unit}} ({{consultant}})',
  holdDeputySignedOnBehalf:
    '{{deputy}} (for {{manager}}, who is out) recorded {{unit}} as signed ({{consultant}})',
};
