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
  messageLeftCall: '{{caller}} called and left a message: {{about}} (call back by {{by}})',
  messageLeftVisit: '{{caller}} came by and left a message: {{about}} (reply by {{by}})',
  messageOverdue: 'A message is past its call-back time {{by}}: {{caller}}, {{about}}',
};
