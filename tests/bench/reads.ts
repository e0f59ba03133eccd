import { contract } from '../../shared/contract';
import type { CallDef } from '../../shared/contract/define';

/**
 * The reads the UI makes, derived from the contract: every non-mutating call, with the input a
 * page sends for its first page. A channel the contract gains later is picked up with `{}` and
 * flagged (`unlisted`) so the bench says which input it guessed.
 */
export interface ReadCase {
  label: string;
  channel: string;
  input: unknown;
}

/** Calls that are not a list, search or board a page shows: measured elsewhere or not at all. */
const NOT_LISTS = new Set([
  'auth.session', // the shell's session poll: no ledger rows
  'auth.roster', // the sign-in screen's names
  'auth.touch',
  'audit.verify', // the whole-ledger check, a maintenance act (timed separately)
  'backups.list', // the backups folder, not the ledger
  'backups.create', // writes a file (declared non-mutating: it adds no ledger row)
  'holds.exportRegister', // exports: timed with the event loop watched
  'tickets.exportMovements',
  'keys.exportRegister',
  'holds.dueCount', // a background poll, timed with the others below anyway
  'exports.daySheet', // the day sheet and its .xlsx: timed with the exports (exports.ts)
  'exports.daySheetXlsx',
  'exports.weekXlsx',
  'dayclose.prepare', // the day's reconciliation: timed on its own against its budget
]);

/** Rows of the ledger a read names (one of the generated office's). */
export interface Samples {
  phone: string;
  handoverId: number | null;
}

export function readCases(today: string, weekAgo: string, samples: Samples): ReadCase[] {
  const samplePhone = samples.phone;
  const known: Record<string, ReadCase[]> = {
    'settings.get': [{ label: 'settings.get', channel: 'settings.get', input: {} }],
    'users.list': [{ label: 'users.list', channel: 'users.list', input: {} }],
    'audit.list': [
      { label: 'audit.list (first page)', channel: 'audit.list', input: {} },
      { label: 'audit.list (today)', channel: 'audit.list', input: { businessDate: today } },
      { label: 'audit.list (channel prefix)', channel: 'audit.list', input: { channelPrefix: 'keys.' } },
    ],
    'notifications.list': [{ label: 'notifications.list', channel: 'notifications.list', input: {} }],
    'visits.propose': [
      { label: 'visits.propose (phone)', channel: 'visits.propose', input: { phone: samplePhone } },
    ],
    // "today" is named: the generated last day is closed, so the desk's own date is the next one
    'visits.day': [{ label: 'visits.day (today)', channel: 'visits.day', input: { date: today } }],
    // the close's review of the day's visitors (its review step)
    'visits.closeReview': [
      { label: 'visits.closeReview (today)', channel: 'visits.closeReview', input: { businessDate: today } },
    ],
    'visits.analysis': [
      {
        label: 'visits.analysis (today)',
        channel: 'visits.analysis',
        input: { date: today, period: 'day' },
      },
      {
        label: 'visits.analysis (week)',
        channel: 'visits.analysis',
        input: { date: today, period: 'week' },
      },
    ],
    'calls.day': [{ label: 'calls.day (today)', channel: 'calls.day', input: { date: today } }],
    'rotation.today': [{ label: 'rotation.today', channel: 'rotation.today', input: { date: today } }],
    'customers.search': [
      { label: 'customers.search (name)', channel: 'customers.search', input: { query: '王' } },
      {
        label: 'customers.search (phone digits)',
        channel: 'customers.search',
        input: { query: samplePhone.slice(-4) },
      },
      { label: 'customers.search (no match)', channel: 'customers.search', input: { query: '欧阳' } },
    ],
    'customers.lookup': [
      { label: 'customers.lookup', channel: 'customers.lookup', input: { phone: samplePhone } },
    ],
    'customers.disputes': [{ label: 'customers.disputes', channel: 'customers.disputes', input: {} }],
    // the pages show a building at a time (the first until another is chosen); 2栋 has 100 units
    'units.list': [{ label: 'units.list (a building)', channel: 'units.list', input: { building: '2栋' } }],
    'units.buildings': [{ label: 'units.buildings', channel: 'units.buildings', input: {} }],
    'holds.board': [
      { label: 'holds.board (first building)', channel: 'holds.board', input: {} },
      { label: 'holds.board (a building)', channel: 'holds.board', input: { building: '2栋' } },
    ],
    'holds.queue': [{ label: 'holds.queue', channel: 'holds.queue', input: {} }],
    'holds.register': [
      { label: 'holds.register (first page)', channel: 'holds.register', input: {} },
      { label: 'holds.register (deposits)', channel: 'holds.register', input: { kind: 'deposit' } },
    ],
    'tickets.catalogue': [{ label: 'tickets.catalogue', channel: 'tickets.catalogue', input: {} }],
    'tickets.stock': [{ label: 'tickets.stock', channel: 'tickets.stock', input: {} }],
    'tickets.movements': [
      { label: 'tickets.movements (first page)', channel: 'tickets.movements', input: {} },
      {
        label: 'tickets.movements (a week)',
        channel: 'tickets.movements',
        input: { fromDate: weekAgo, toDate: today },
      },
    ],
    'tickets.posters': [{ label: 'tickets.posters', channel: 'tickets.posters', input: {} }],
    'cash.balances': [{ label: 'cash.balances', channel: 'cash.balances', input: {} }],
    'cash.transfers': [{ label: 'cash.transfers', channel: 'cash.transfers', input: {} }],
    'keys.board': [{ label: 'keys.board', channel: 'keys.board', input: {} }],
    'keys.movements': [
      { label: 'keys.movements (first page)', channel: 'keys.movements', input: {} },
      { label: 'keys.movements (person)', channel: 'keys.movements', input: { person: '张伟' } },
    ],
    'keys.dayCheck': [{ label: 'keys.dayCheck', channel: 'keys.dayCheck', input: {} }],
    'mail.list': [{ label: 'mail.list', channel: 'mail.list', input: {} }],
    'handover.desk': [{ label: 'handover.desk', channel: 'handover.desk', input: {} }],
    'handover.snapshot': [{ label: 'handover.snapshot', channel: 'handover.snapshot', input: {} }],
    'handover.get': samples.handoverId
      ? [{ label: 'handover.get', channel: 'handover.get', input: { handoverId: samples.handoverId } }]
      : [],
    'handover.log': [
      { label: 'handover.log (first page)', channel: 'handover.log', input: {} },
      { label: 'handover.log (a week)', channel: 'handover.log', input: { from: weekAgo, to: today } },
    ],
    'handover.tasks': [{ label: 'handover.tasks', channel: 'handover.tasks', input: {} }],
    'dayclose.list': [{ label: 'dayclose.list', channel: 'dayclose.list', input: {} }],
    'dayclose.record': [
      { label: 'dayclose.record (today)', channel: 'dayclose.record', input: { businessDate: today } },
    ],
  };
  const cases: ReadCase[] = [];
  for (const [channel, def] of Object.entries(contract as Record<string, CallDef>)) {
    if (def.mutates || NOT_LISTS.has(channel)) continue;
    cases.push(...(known[channel] ?? [{ label: `${channel} (unlisted, input {})`, channel, input: {} }]));
  }
  return cases;
}
