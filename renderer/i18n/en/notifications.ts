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
  handoverWrittenLate:
    'The {{shift}} shift of {{date}} has its handover now: written by {{from}} at {{at}} (to {{to}}); the missed-handover warning is cleared',
  complaint: {
    filed: 'New complaint {{no}} (received by {{by}}): assign a handler soon',
    unsatisfied: 'Complaint {{no}}: the customer was not satisfied at the revisit ({{by}}); reopen it?',
    reply: {
      before: 'Complaint {{no}}: first reply due by {{due}} (handler {{handler}})',
      beforeUnassigned: 'Complaint {{no}}: first reply due by {{due}}, and no handler is assigned',
      at: 'Complaint {{no}}: the first reply is overdue (due {{due}}, handler {{handler}})',
      atUnassigned: 'Complaint {{no}}: the first reply is overdue (due {{due}}), and no handler is assigned',
    },
    handle: {
      before: 'Complaint {{no}}: to be handled by {{due}} (handler {{handler}})',
      beforeUnassigned: 'Complaint {{no}}: to be handled by {{due}}, and no handler is assigned',
      at: 'Complaint {{no}}: handling is overdue (due {{due}}, handler {{handler}})',
      atUnassigned: 'Complaint {{no}}: handling is overdue (due {{due}}), and no handler is assigned',
    },
    limit: {
      before: 'Complaint {{no}}: to be closed by {{due}} at the latest (handler {{handler}})',
      beforeUnassigned: 'Complaint {{no}}: to be closed by {{due}} at the latest, and no handler is assigned',
      at: 'Complaint {{no}} is past its latest closing time, {{due}} (handler {{handler}})',
      atUnassigned: 'Complaint {{no}} is past its latest closing time, {{due}}, and no handler is assigned',
    },
    revisit: {
      at: 'Complaint {{no}} is closed and its revisit is overdue (due {{due}})',
    },
  },
  hqSyncFork:
    'HQ refused this ledger: entry #{{seq}} differs from HQ’s copy (a fork). The sync has stopped; call headquarters',
  hqSyncBehind:
    'This ledger ends at entry #{{local}}, before HQ’s copy (#{{seq}}): restored from an older backup, or replaced? The sync has stopped; call headquarters',
  hqSyncInvalid:
    'HQ refused entry #{{seq}}: it failed HQ’s verification. The sync has stopped; call headquarters',
  hqSyncDamaged:
    'Entry #{{seq}} of this ledger fails verification and was not sent to HQ. Run “Verify ledger”',
  hqSyncRefused:
    'HQ does not accept this office’s login (account, password or office id): ask headquarters for a new connection',
  holdRequested: '{{consultant}} asks to hold {{unit}}: waiting for approval',
  holdNoDeposit: '{{consultant}} reports no deposit for {{unit}}: {{reason}}. Cancel the hold',
  holdDeputyDepositDiscount:
    '{{deputy}} (deputy) registered a deposit of {{amount}} on {{unit}} ({{consultant}}) at a discount of {{discount}} approved by {{approver}}',
  holdBoardGranted: '{{by}} (deputy) authorised {{name}} to read the board until {{until}}: {{reason}}',
  refundOverdue:
    'The refund of {{amount}} for {{unit}} ({{customer}}) was due by {{due}}: {{days}} days overdue',
};
