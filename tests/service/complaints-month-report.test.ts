import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputOf, OutputOf } from '../../shared/contract';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_KINDS,
  COMPLAINT_URGENCIES,
} from '../../shared/domain/vocab';
import { testDesk, type TestDesk } from '../support/desk';
import { at, seat } from '../support/complaints';
import { seeded } from '../support/seeded';

/**
 * Seven weeks of complaints around December 2026, filed and handled through the router at the
 * times a seeded plan chooses (late replies, closes after three and after seven days, reopened
 * complaints, revisits late or never), then each month's report checked against a model of the
 * same weeks written here, from the plan alone.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MIN = 60_000;

type About =
  { target: 'staff'; name: string } | { target: 'department'; department: string } | { target: 'product' };
type Act =
  | { kind: 'assign'; at: number; by: string; handler: string; handleDue?: number }
  | { kind: 'reply' | 'result' | 'close'; at: number; by: string }
  | { kind: 'reopen'; at: number; by: string }
  | { kind: 'revisit'; at: number; by: string; satisfied: boolean };

interface Planned {
  receivedAt: number;
  filedAt: number;
  filedBy: string;
  kind: string;
  channel: string;
  urgency: string;
  about: About;
  acts: Act[];
  id?: number;
}

const STAFF_SUBJECTS = ['张伟', '孙丽', '周强', '王芳'];
const HANDLERS = ['孙丽', '吴娜', '刘敏', '陈静'];
const DESK = ['王芳', '陈静', '刘敏'];
const NOW = new Date(at('2027-01-10 10:00')).getTime();

function plan(random: () => number): Planned[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number) => random() < p;
  const planned: Planned[] = [];
  const first = new Date(at('2026-11-20 08:00')).getTime();
  for (let day = 0; day < 48; day++) {
    const count = Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const receivedAt = first + day * DAY + Math.floor(random() * 14 * HOUR);
      const roll = random();
      const about: About =
        roll < 0.45
          ? { target: 'staff', name: pick(STAFF_SUBJECTS) }
          : roll < 0.8
            ? { target: 'department', department: pick(COMPLAINT_DEPARTMENTS) }
            : { target: 'product' };
      const subject = about.target === 'staff' ? about.name : null;
      const acts: Act[] = [];
      let t = receivedAt + Math.floor(random() * 20) * MIN; // filed a little after it came in
      const filedAt = t;
      const filedBy = pick(DESK.filter((d) => d !== subject));
      const later = (lo: number, hi: number) => (t += lo + Math.floor(random() * (hi - lo)));
      if (!chance(0.1)) {
        const handler = pick(HANDLERS.filter((h) => h !== subject));
        const moved = chance(0.2) ? receivedAt + 5 * DAY : undefined;
        acts.push({ kind: 'assign', at: later(5 * MIN, 90 * MIN), by: '李经理', handler, handleDue: moved });
        if (!chance(0.1)) acts.push({ kind: 'reply', at: later(5 * MIN, 90 * MIN), by: handler });
        let round = 0;
        while (round < 2 && !chance(0.15)) {
          acts.push({ kind: 'result', at: later(12 * HOUR, 5 * DAY), by: handler });
          acts.push({ kind: 'close', at: later(10 * MIN, 2 * HOUR), by: handler });
          const revisitor = pick(DESK.filter((d) => d !== subject));
          const satisfied = chance(0.7);
          if (!chance(0.15))
            acts.push({ kind: 'revisit', at: later(2 * HOUR, 4 * DAY), by: revisitor, satisfied });
          const unhappy = acts.at(-1)?.kind === 'revisit' && !satisfied;
          if (round === 0 && (chance(0.15) || (unhappy && chance(0.5)))) {
            acts.push({ kind: 'reopen', at: later(HOUR, 2 * DAY), by: '李经理' });
            round++;
          } else {
            break;
          }
        }
      }
      const kept: Act[] = [];
      for (const a of acts) {
        if (a.at > NOW) break;
        kept.push(a);
      }
      planned.push({
        receivedAt,
        filedAt,
        filedBy,
        kind: pick(COMPLAINT_KINDS),
        channel: pick(COMPLAINT_CHANNELS),
        urgency: pick(COMPLAINT_URGENCIES),
        about,
        acts: kept,
      });
    }
  }
  return planned.filter((p) => p.filedAt <= NOW);
}

/** The month's figures from the plan alone, as a reader of the rulebook would count them. */
function model(planned: readonly Planned[], month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(y, m - 1, 1).getTime();
  const to = new Date(y, m, 1).getTime();
  const asOf = Math.min(to, NOW);
  const inMonth = (t: number) => t >= from && t < to;
  const received = planned.filter((p) => inMonth(p.receivedAt)).sort((a, b) => a.filedAt - b.filedAt);
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;
  /** The state after the acts up to and including `t` (or before `to` when `before`). */
  const stateAt = (p: Planned, t: number, before = false) => {
    const done = p.acts.filter((a) => (before ? a.at < t : a.at <= t));
    const last = done.at(-1)?.kind;
    return last === undefined
      ? 'new'
      : last === 'close'
        ? 'closed'
        : last === 'revisit'
          ? 'finished'
          : 'open';
  };
  const closedAt = (p: Planned, t: number) => ['closed', 'finished'].includes(stateAt(p, t));
  const deadlines = { reply: [0, 0], handle: [0, 0], limit: [0, 0], revisit: [0, 0] };
  const tallyDeadline = (which: keyof typeof deadlines, due: number, met: boolean) => {
    if (!inMonth(due) || due > asOf) return;
    deadlines[which][0]!++;
    if (met) deadlines[which][1]!++;
  };
  for (const p of planned.filter((q) => q.receivedAt < to)) {
    const acts = p.acts.filter((a) => a.at < to);
    const replyDue = p.receivedAt + 2 * HOUR;
    const firstReply = acts.find((a) => a.kind === 'reply' || a.kind === 'result')?.at;
    tallyDeadline('reply', replyDue, firstReply !== undefined && firstReply <= replyDue);
    const assigned = acts.filter((a) => a.kind === 'assign').at(-1);
    const handleDue = (assigned?.kind === 'assign' && assigned.handleDue) || p.receivedAt + 3 * DAY;
    tallyDeadline('handle', handleDue, closedAt(p, handleDue));
    const limitDue = p.receivedAt + 7 * DAY;
    tallyDeadline('limit', limitDue, closedAt(p, limitDue));
    const end = stateAt(p, to, true);
    if (end === 'closed' || end === 'finished') {
      const lastClose = acts.filter((a) => a.kind === 'close').at(-1)!.at;
      const due = lastClose + 2 * DAY;
      const revisit = end === 'finished' ? acts.at(-1)!.at : null;
      tallyDeadline('revisit', due, revisit !== null && revisit <= due);
    }
  }
  const actsInMonth = planned.flatMap((p, i) =>
    p.acts.filter((a) => inMonth(a.at)).map((a) => ({ ...a, i })),
  );
  const staffCounts = new Map<string, number>();
  for (const p of received)
    if (p.about.target === 'staff') staffCounts.set(p.about.name, (staffCounts.get(p.about.name) ?? 0) + 1);
  return {
    received: received.length,
    closed: new Set(actsInMonth.filter((a) => a.kind === 'close').map((a) => a.i)).size,
    revisited: count(actsInMonth, (a) => a.kind === 'revisit'),
    satisfied: count(actsInMonth, (a) => a.kind === 'revisit' && a.satisfied),
    openAtEnd: count(planned, (p) => p.receivedAt < to && ['new', 'open'].includes(stateAt(p, to, true))),
    awaitingRevisitAtEnd: count(planned, (p) => p.receivedAt < to && stateAt(p, to, true) === 'closed'),
    byKind: Object.fromEntries(COMPLAINT_KINDS.map((k) => [k, count(received, (p) => p.kind === k)])),
    byChannel: Object.fromEntries(
      COMPLAINT_CHANNELS.map((k) => [k, count(received, (p) => p.channel === k)]),
    ),
    byUrgency: Object.fromEntries(
      COMPLAINT_URGENCIES.map((k) => [k, count(received, (p) => p.urgency === k)]),
    ),
    staff: Object.fromEntries(staffCounts),
    departments: Object.fromEntries(
      COMPLAINT_DEPARTMENTS.map((d) => [
        d,
        count(received, (p) => p.about.target === 'department' && p.about.department === d),
      ]).filter(([, n]) => n !== 0),
    ),
    product: count(received, (p) => p.about.target === 'product'),
    deadlines,
    nos: received.map((p) => p.id),
  };
}

let desk: TestDesk;
let planned: Planned[];

async function act(p: Planned, a: Act): Promise<void> {
  desk.clock.set(new Date(a.at).toISOString());
  seat(desk, a.by);
  const complaintId = p.id!;
  if (a.kind === 'assign') {
    const input: InputOf<'complaints.assign'> = { complaintId, handlerId: desk.userId(a.handler) };
    if (a.handleDue !== undefined) input.handleDue = new Date(a.handleDue).toISOString();
    await desk.ok('complaints.assign', input);
  } else if (a.kind === 'revisit') {
    await desk.ok('complaints.revisit', { complaintId, satisfied: a.satisfied });
  } else if (a.kind === 'reply') {
    await desk.ok('complaints.record', { kind: 'replied', complaintId, note: '已联系客户' });
  } else if (a.kind === 'result') {
    await desk.ok('complaints.record', { kind: 'result', complaintId, note: '已处理', upheld: true });
  } else if (a.kind === 'close') {
    await desk.ok('complaints.close', { complaintId });
  } else {
    await desk.ok('complaints.reopen', { complaintId, reason: '客户仍不满意' });
  }
}

beforeAll(async () => {
  planned = plan(seeded(2212));
  desk = await testDesk({ start: at('2026-11-20 07:00') });
  const timeline = [
    ...planned.map((p) => ({ at: p.filedAt, run: () => file(p) })),
    ...planned.flatMap((p) => p.acts.map((a) => ({ at: a.at, run: () => act(p, a) }))),
  ].sort((x, y) => x.at - y.at);
  for (const step of timeline) await step.run();
  desk.clock.set(new Date(NOW).toISOString());
}, 120_000);
afterAll(async () => desk?.close());

async function file(p: Planned): Promise<void> {
  desk.clock.set(new Date(p.filedAt).toISOString());
  seat(desk, p.filedBy);
  const about =
    p.about.target === 'staff'
      ? { target: 'staff' as const, userId: desk.userId(p.about.name) }
      : p.about.target === 'department'
        ? {
            target: 'department' as const,
            department: p.about.department as (typeof COMPLAINT_DEPARTMENTS)[number],
          }
        : { target: 'product' as const };
  const c = await desk.ok('complaints.file', {
    receivedAt: new Date(p.receivedAt).toISOString(),
    channel: p.channel as (typeof COMPLAINT_CHANNELS)[number],
    customer: { kind: 'person', name: '业主', phone: `139${String(planned.indexOf(p)).padStart(8, '0')}` },
    kind: p.kind as (typeof COMPLAINT_KINDS)[number],
    about,
    description: '投诉内容',
    request: '客户要求',
    urgency: p.urgency as (typeof COMPLAINT_URGENCIES)[number],
  });
  p.id = c.id;
}

function figures(report: OutputOf<'complaints.monthReport'>) {
  return {
    received: report.received,
    closed: report.closed,
    revisited: report.revisited,
    satisfied: report.satisfied,
    openAtEnd: report.openAtEnd,
    awaitingRevisitAtEnd: report.awaitingRevisitAtEnd,
    byKind: Object.fromEntries(report.byKind.map((l) => [l.kind, l.count])),
    byChannel: Object.fromEntries(report.byChannel.map((l) => [l.channel, l.count])),
    byUrgency: Object.fromEntries(report.byUrgency.map((l) => [l.urgency, l.count])),
    staff: Object.fromEntries(
      report.byTarget.filter((l) => l.target === 'staff').map((l) => [l.name, l.count]),
    ),
    departments: Object.fromEntries(
      report.byTarget.filter((l) => l.target === 'department').map((l) => [l.department, l.count]),
    ),
    product: report.byTarget.find((l) => l.target === 'product')?.count ?? 0,
    deadlines: Object.fromEntries(report.deadlines.map((l) => [l.deadline, [l.due, l.met]])),
    nos: report.complaints.map((c) => c.id),
  };
}

describe('the month’s report 投诉月报', () => {
  test('the plan is a real month: late, missed, reopened and unrevisited complaints among them', () => {
    const december = model(planned, '2026-12');
    expect(december.received).toBeGreaterThan(15);
    for (const [, [due, met]] of Object.entries(december.deadlines)) {
      expect(due).toBeGreaterThan(met!);
      expect(met).toBeGreaterThan(0);
    }
    expect(planned.some((p) => p.acts.some((a) => a.kind === 'reopen'))).toBe(true);
    expect(december.openAtEnd + december.awaitingRevisitAtEnd).toBeGreaterThan(0);
  });

  for (const month of ['2026-11', '2026-12', '2027-01']) {
    test(`${month}: every figure equals the model's`, async () => {
      seat(desk, '李经理');
      const report = await desk.ok('complaints.monthReport', { month });
      const expected = model(planned, month);
      expect(figures(report)).toEqual(expected);
      for (const l of report.deadlines) expect(l.rate).toBe(l.due === 0 ? null : l.met / l.due);
      expect(report.deadlines.map((l) => l.due - l.met - l.missed)).toEqual([0, 0, 0, 0]);
    });
  }

  test('the .xlsx says the same, and a month not yet begun is refused', async () => {
    seat(desk, '李经理');
    const expected = model(planned, '2026-12');
    const file = await desk.ok('complaints.monthXlsx', { month: '2026-12' });
    expect(file.fileName).toBe('投诉月报_2026-12_魅力晶都.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['月报', '投诉明细']);
    const sheet = book.worksheets[0]!;
    const rowsOf = (label: string) => {
      const found: ExcelJS.CellValue[][] = [];
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) found.push((row.values as ExcelJS.CellValue[]).slice(1));
      });
      return found;
    };
    expect(rowsOf('本月受理')).toEqual([['本月受理', expected.received]]);
    expect(rowsOf('本月结案')).toEqual([['本月结案', expected.closed]]);
    expect(rowsOf('月末未结案')).toEqual([['月末未结案', expected.openAtEnd]]);
    expect(rowsOf('月末待回访')).toEqual([['月末待回访', expected.awaitingRevisitAtEnd]]);
    expect(rowsOf('服务态度')).toEqual([['服务态度', expected.byKind.service]]);
    expect(rowsOf('信函')).toEqual([['信函', expected.byChannel.letter]]);
    const [due, met] = expected.deadlines.handle;
    expect(rowsOf('处理完毕')).toEqual([['处理完毕', due, met, due! - met!, met! / due!]]);
    const list = book.worksheets[1]!;
    expect(list.rowCount - 4).toBe(expected.received); // title, subtitle, a blank row, the header
    expect(await desk.refused('complaints.monthReport', { month: '2027-02' })).toBe(
      'COMPLAINT_MONTH_IN_FUTURE',
    );
  });
});
