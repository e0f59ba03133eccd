import type { Written } from '../zh-CN';

/** The sync with the group headquarters, as the office's administrator and manager see it (SPEC §13). */
export const sync: Written['common']['sync'] = {
  nav: 'HQ sync',
  intro:
    'This ledger goes to the group headquarters by itself, every minute, in the background: the desk never waits for it. HQ can only receive it, never change it. The administrator sets up the connection on the command line: npm run desk -- sync --connect <the URL HQ gave>.',
  refresh: 'Refresh',
  officeId: 'Office id',
  noOfficeId: 'Not set yet',
  connection: 'Connection to HQ',
  connectionFile: 'Set up (the connection file beside the ledger)',
  connectionEnvironment: 'Set up (the SITEDESK_HQ_URL environment variable)',
  notConfigured: 'Not set up: the ledger is not sent to HQ',
  connectionProblem: 'The connection file is not used: {{detail}}',
  localSeq: 'Last entry of this ledger',
  acknowledged: 'Acknowledged by HQ',
  acknowledgedAt: '#{{seq}} (acknowledged {{at}})',
  noneAcknowledged: 'HQ has acknowledged nothing yet',
  fingerprint: 'Fingerprint (to compare with HQ)',
  backlog: 'Still to send',
  backlogCount: '{{count}} entries',
  lastRun: 'Last sync',
  neverRun: 'Not synced yet',
  sentAccepted: '{{sent}} sent, {{accepted}} new at HQ',
  detail: 'Detail',
  witnessTitle: 'This ledger no longer matches what HQ acknowledged',
  witnessBody:
    'The entry HQ acknowledged is gone from this ledger or differs: it was restored from an older backup, replaced or rewritten. Call headquarters.',
  alarmTitle: 'The sync has stopped: call headquarters',
};
