import { addDays } from './businessDate';

/**
 * 来人来电分析 (SPEC §3; 000:733, 004:255): the figures the desk reports before leaving each day and
 * weekly, computed from plain rows so the service and a hand-made fixture agree to the unit.
 */
export interface VisitFact {
  arrivedAt: string;
  businessDate: string;
  returning: boolean;
  channel: string;
  consultantId: number;
  consultantName: string;
  partySize: number;
  outcome: string | null;
}

export interface CallFact {
  at: string;
  businessDate: string;
  returning: boolean;
  channel: string;
  invited: boolean;
}

export interface VisitAnalysis {
  from: string;
  to: string;
  visits: { total: number; new: number; returning: number; people: number };
  calls: { total: number; new: number; returning: number; invited: number };
  byDay: { date: string; new: number; returning: number; calls: number }[];
  byChannel: { channel: string; visits: number; calls: number }[];
  byConsultant: { consultantId: number; name: string; new: number; returning: number }[];
  byHour: { hour: number; visits: number; calls: number }[];
  outcomes: { outcome: string; count: number }[];
}

/** The Monday–Sunday week holding `date` (the weekly report is made on Sunday, 000:733). */
export function weekOf(date: string): { from: string; to: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(y, m - 1, d).getDay() + 6) % 7; // Monday = 0
  const from = addDays(date, -weekday);
  return { from, to: addDays(from, 6) };
}

export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Local hour of an instant (the desk's clock), which is how the desk thinks of "by hour". */
function hourOf(instant: string): number {
  return new Date(instant).getHours();
}

const QUARTER_MS = 900_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** How far apart the offset is sampled: no time zone changes its offset twice within 6 hours. */
const SAMPLE_MS = 6 * HOUR_MS;

/**
 * The local hour of each UTC quarter hour since the epoch (`unixepoch(instant) / 900`): the hour
 * of the quarter's first instant, which is the hour of every instant of it (time zones are whole
 * quarter hours off UTC). Where the desk's clock keeps one offset from UTC over the quarters'
 * span (sampled at both ends and every 6 hours between) the hour is arithmetic; when an offset
 * change (a DST switch) falls within the span, each quarter's hour is asked of Date.
 */
export function hoursOfQuarters(
  quarters: readonly { quarter: number; count: number }[],
): { hour: number; count: number }[] {
  if (quarters.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const { quarter } of quarters) {
    if (quarter < first) first = quarter;
    if (quarter > last) last = quarter;
  }
  const start = first * QUARTER_MS;
  const end = last * QUARTER_MS;
  const offset = new Date(start).getTimezoneOffset();
  let steady = Number.isFinite(offset);
  for (let at = start + SAMPLE_MS; steady && at < end + SAMPLE_MS; at += SAMPLE_MS) {
    if (new Date(Math.min(at, end)).getTimezoneOffset() !== offset) steady = false;
  }
  if (!steady) {
    return quarters.map(({ quarter, count }) => ({ hour: new Date(quarter * QUARTER_MS).getHours(), count }));
  }
  const shift = Math.round(-offset * 60_000);
  return quarters.map(({ quarter, count }) => {
    const local = (((quarter * QUARTER_MS + shift) % DAY_MS) + DAY_MS) % DAY_MS;
    return { hour: Math.floor(local / HOUR_MS), count };
  });
}

/**
 * The counts the analysis is made of. The service reads them from the tallies the database
 * keeps per business date (0015: a week is a thousand visits, its tallies a few hundred rows);
 * `tallyFacts` folds plain rows into the same shape, so both roads end in the one
 * `analyseTallies`.
 */
export interface AnalysisTallies {
  visits: { date: string; returning: boolean; count: number; people: number }[];
  /** In the order the channels first appear among the visits (by id). */
  visitChannels: { channel: string; count: number }[];
  consultants: { consultantId: number; name: string; returning: boolean; count: number }[];
  /** Visits by the local hour of their arrival (an hour may be listed more than once). */
  visitHours: { hour: number; count: number }[];
  calls: { date: string; returning: boolean; invited: number; count: number }[];
  /** In the order the channels first appear among the calls. */
  callChannels: { channel: string; count: number }[];
  /** Calls by their local hour, as the visits. */
  callHours: { hour: number; count: number }[];
  /** Each visit's latest outcome, in the order the outcomes first appear among the visits. */
  outcomes: { outcome: string; count: number }[];
}

function countInto<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The tallies of plain rows (a fixture, or rows already read), in the shape the service reads. */
export function tallyFacts(visits: readonly VisitFact[], calls: readonly CallFact[]): AnalysisTallies {
  const visitDays = new Map<string, { date: string; returning: boolean; count: number; people: number }>();
  const consultants = new Map<string, AnalysisTallies['consultants'][number]>();
  const visitChannels = new Map<string, number>();
  const outcomes = new Map<string, number>();
  for (const v of visits) {
    const day = visitDays.get(`${v.businessDate}|${v.returning}`) ?? {
      date: v.businessDate,
      returning: v.returning,
      count: 0,
      people: 0,
    };
    day.count++;
    day.people += v.partySize;
    visitDays.set(`${v.businessDate}|${v.returning}`, day);
    const consultant = consultants.get(`${v.consultantId}|${v.returning}`) ?? {
      consultantId: v.consultantId,
      name: v.consultantName,
      returning: v.returning,
      count: 0,
    };
    consultant.count++;
    consultants.set(`${v.consultantId}|${v.returning}`, consultant);
    countInto(visitChannels, v.channel);
    if (v.outcome) countInto(outcomes, v.outcome);
  }
  const callDays = new Map<string, AnalysisTallies['calls'][number]>();
  const callChannels = new Map<string, number>();
  for (const c of calls) {
    const day = callDays.get(`${c.businessDate}|${c.returning}`) ?? {
      date: c.businessDate,
      returning: c.returning,
      invited: 0,
      count: 0,
    };
    day.count++;
    if (c.invited) day.invited++;
    callDays.set(`${c.businessDate}|${c.returning}`, day);
    countInto(callChannels, c.channel);
  }
  const channelList = (m: Map<string, number>) => [...m].map(([channel, count]) => ({ channel, count }));
  return {
    visits: [...visitDays.values()],
    visitChannels: channelList(visitChannels),
    consultants: [...consultants.values()],
    visitHours: visits.map((v) => ({ hour: hourOf(v.arrivedAt), count: 1 })),
    calls: [...callDays.values()],
    callChannels: channelList(callChannels),
    callHours: calls.map((c) => ({ hour: hourOf(c.at), count: 1 })),
    outcomes: [...outcomes].map(([outcome, count]) => ({ outcome, count })),
  };
}

export function analyseVisits(input: {
  from: string;
  to: string;
  channels: readonly string[];
  visits: readonly VisitFact[];
  calls: readonly CallFact[];
}): VisitAnalysis {
  return analyseTallies(input.from, input.to, input.channels, tallyFacts(input.visits, input.calls));
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((n, r) => n + pick(r), 0);

export function analyseTallies(
  from: string,
  to: string,
  configuredChannels: readonly string[],
  t: AnalysisTallies,
): VisitAnalysis {
  const visitsWhere = (keep: (row: AnalysisTallies['visits'][number]) => boolean) =>
    sum(
      t.visits.filter((v) => keep(v)),
      (v) => v.count,
    );
  const byDay = datesBetween(from, to).map((date) => ({
    date,
    new: visitsWhere((v) => v.date === date && !v.returning),
    returning: visitsWhere((v) => v.date === date && v.returning),
    calls: sum(
      t.calls.filter((c) => c.date === date),
      (c) => c.count,
    ),
  }));
  // Channels in the configured order, then any older channel still found in the rows.
  const channelNames = [
    ...new Set([
      ...configuredChannels,
      ...t.visitChannels.map((v) => v.channel),
      ...t.callChannels.map((c) => c.channel),
    ]),
  ];
  const byChannel = channelNames
    .map((channel) => ({
      channel,
      visits: t.visitChannels.find((v) => v.channel === channel)?.count ?? 0,
      calls: t.callChannels.find((c) => c.channel === channel)?.count ?? 0,
    }))
    .filter((row) => configuredChannels.includes(row.channel) || row.visits + row.calls > 0);
  const consultants = new Map<
    number,
    { consultantId: number; name: string; new: number; returning: number }
  >();
  for (const c of t.consultants) {
    const row = consultants.get(c.consultantId) ?? {
      consultantId: c.consultantId,
      name: c.name,
      new: 0,
      returning: 0,
    };
    if (c.returning) row.returning += c.count;
    else row.new += c.count;
    consultants.set(c.consultantId, row);
  }
  const hours = new Map<number, { hour: number; visits: number; calls: number }>();
  const hourRow = (hour: number) => {
    const row = hours.get(hour) ?? { hour, visits: 0, calls: 0 };
    hours.set(hour, row);
    return row;
  };
  for (const v of t.visitHours) hourRow(v.hour).visits += v.count;
  for (const c of t.callHours) hourRow(c.hour).calls += c.count;

  return {
    from,
    to,
    visits: {
      total: visitsWhere(() => true),
      new: visitsWhere((v) => !v.returning),
      returning: visitsWhere((v) => v.returning),
      people: sum(t.visits, (v) => v.people),
    },
    calls: {
      total: sum(t.calls, (c) => c.count),
      new: sum(
        t.calls.filter((c) => !c.returning),
        (c) => c.count,
      ),
      returning: sum(
        t.calls.filter((c) => c.returning),
        (c) => c.count,
      ),
      invited: sum(t.calls, (c) => c.invited),
    },
    byDay,
    byChannel,
    byConsultant: [...consultants.values()].sort(
      (a, b) => b.new + b.returning - (a.new + a.returning) || a.consultantId - b.consultantId,
    ),
    byHour: [...hours.values()].sort((a, b) => a.hour - b.hour),
    outcomes: t.outcomes.map(({ outcome, count }) => ({ outcome, count })),
  };
}
