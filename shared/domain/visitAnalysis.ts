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

export function analyseVisits(input: {
  from: string;
  to: string;
  channels: readonly string[];
  visits: readonly VisitFact[];
  calls: readonly CallFact[];
}): VisitAnalysis {
  const { from, to, visits, calls } = input;
  const byDay = datesBetween(from, to).map((date) => ({
    date,
    new: visits.filter((v) => v.businessDate === date && !v.returning).length,
    returning: visits.filter((v) => v.businessDate === date && v.returning).length,
    calls: calls.filter((c) => c.businessDate === date).length,
  }));
  // Channels in the configured order, then any older channel still found in the rows.
  const channelNames = [
    ...new Set([...input.channels, ...visits.map((v) => v.channel), ...calls.map((c) => c.channel)]),
  ];
  const byChannel = channelNames
    .map((channel) => ({
      channel,
      visits: visits.filter((v) => v.channel === channel).length,
      calls: calls.filter((c) => c.channel === channel).length,
    }))
    .filter((row) => input.channels.includes(row.channel) || row.visits + row.calls > 0);
  const consultants = new Map<
    number,
    { consultantId: number; name: string; new: number; returning: number }
  >();
  for (const v of visits) {
    const row = consultants.get(v.consultantId) ?? {
      consultantId: v.consultantId,
      name: v.consultantName,
      new: 0,
      returning: 0,
    };
    if (v.returning) row.returning++;
    else row.new++;
    consultants.set(v.consultantId, row);
  }
  const hours = new Map<number, { hour: number; visits: number; calls: number }>();
  const hourRow = (hour: number) => {
    const row = hours.get(hour) ?? { hour, visits: 0, calls: 0 };
    hours.set(hour, row);
    return row;
  };
  for (const v of visits) hourRow(hourOf(v.arrivedAt)).visits++;
  for (const c of calls) hourRow(hourOf(c.at)).calls++;
  const outcomes = new Map<string, number>();
  for (const v of visits) if (v.outcome) outcomes.set(v.outcome, (outcomes.get(v.outcome) ?? 0) + 1);

  return {
    from,
    to,
    visits: {
      total: visits.length,
      new: visits.filter((v) => !v.returning).length,
      returning: visits.filter((v) => v.returning).length,
      people: visits.reduce((sum, v) => sum + v.partySize, 0),
    },
    calls: {
      total: calls.length,
      new: calls.filter((c) => !c.returning).length,
      returning: calls.filter((c) => c.returning).length,
      invited: calls.filter((c) => c.invited).length,
    },
    byDay,
    byChannel,
    byConsultant: [...consultants.values()].sort(
      (a, b) => b.new + b.returning - (a.new + a.returning) || a.consultantId - b.consultantId,
    ),
    byHour: [...hours.values()].sort((a, b) => a.hour - b.hour),
    outcomes: [...outcomes.entries()].map(([outcome, count]) => ({ outcome, count })),
  };
}
