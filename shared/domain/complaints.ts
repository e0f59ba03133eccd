import type {
  ComplaintDeadline,
  ComplaintEventKind,
  ComplaintState,
  DeadlineStatus,
} from './vocab/complaints';

/**
 * A complaint's state and deadlines, derived from its card and its events (the same fold the
 * ledger's trigger `complaint_events_follow_state` enforces). Instants are `toISOString()` text,
 * so they compare as text.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The card's due times, set when it was filed. */
export interface ComplaintCard {
  receivedAt: string;
  replyDue: string;
  handleDue: string;
  limitDue: string;
}

/** One event of a complaint, as far as its state and deadlines go; in `seq` order. */
export interface ComplaintStep {
  kind: ComplaintEventKind;
  at: string;
  handlerId: number | null;
  replyDue: string | null;
  handleDue: string | null;
}

/** TS-2026-0001: the year, then the number within the year. */
export function complaintNo(year: number, seq: number): string {
  return `TS-${year}-${String(seq).padStart(4, '0')}`;
}

/** Where a complaint stands after an event of this kind (before any: new). */
export function stateAfter(kind: ComplaintEventKind | null): ComplaintState {
  if (kind === null) return 'new';
  if (kind === 'closed') return 'closed';
  if (kind === 'revisited') return 'finished';
  return 'open';
}

/** The state now, or as it was at `asOf` (the events up to and including that instant). */
export function stateOf(steps: readonly ComplaintStep[], asOf?: string): ComplaintState {
  let last: ComplaintEventKind | null = null;
  for (const s of steps) {
    if (asOf !== undefined && s.at > asOf) break;
    last = s.kind;
  }
  return stateAfter(last);
}

export function isClosedState(state: ComplaintState): boolean {
  return state === 'closed' || state === 'finished';
}

/** The current handler: whoever the latest assignment named. */
export function handlerOf(steps: readonly ComplaintStep[]): number | null {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.kind === 'assigned') return steps[i]!.handlerId;
  return null;
}

/** The reply and handling due times in force: the latest assignment's, else the card's. */
export function duesInForce(
  card: ComplaintCard,
  steps: readonly ComplaintStep[],
): { reply: string; handle: string } {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.kind === 'assigned') return { reply: s.replyDue!, handle: s.handleDue! };
  }
  return { reply: card.replyDue, handle: card.handleDue };
}

/** Whether a result was recorded since the complaint was last reopened (a close needs one). */
export function hasResultSinceReopen(steps: readonly ComplaintStep[]): boolean {
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i]!.kind === 'reopened') return false;
    if (steps[i]!.kind === 'result') return true;
  }
  return false;
}

/** What counts as the first reply: a reply, or the result itself told to the customer. */
const REPLIES: readonly ComplaintEventKind[] = ['replied', 'result'];

export interface DeadlineState {
  deadline: ComplaintDeadline;
  due: string | null;
  status: DeadlineStatus;
  doneAt: string | null;
}

function latestCloseUpTo(steps: readonly ComplaintStep[], asOf: string): string | null {
  let at: string | null = null;
  for (const s of steps) {
    if (s.at > asOf) break;
    if (s.kind === 'closed') at = s.at;
  }
  return at;
}

/**
 * A closing deadline (handled, closed at the latest) is met when the complaint stood closed at
 * the due time: closed after it, it was late; reopened before it and not closed again, it was not
 * met. Done at the latest close in force.
 */
function closingDeadline(
  deadline: 'handle' | 'limit',
  due: string,
  steps: readonly ComplaintStep[],
  now: string,
): DeadlineState {
  if (due <= now && isClosedState(stateOf(steps, due))) {
    return { deadline, due, status: 'met', doneAt: latestCloseUpTo(steps, due) };
  }
  if (isClosedState(stateOf(steps))) {
    return { deadline, due, status: due <= now ? 'late' : 'met', doneAt: latestCloseUpTo(steps, now) };
  }
  return { deadline, due, status: due <= now ? 'overdue' : 'pending', doneAt: null };
}

/**
 * The four deadlines of a complaint as they stand at `now`: the first reply (met by a reply or
 * the result at or before its due time), handled and closed at the latest (met if the complaint
 * stood closed at the due time), and the revisit, due `revisitDays` after the latest close.
 */
export function deadlinesOf(
  card: ComplaintCard,
  steps: readonly ComplaintStep[],
  now: string,
  revisitDays: number,
): DeadlineState[] {
  const dues = duesInForce(card, steps);
  const firstReply = steps.find((s) => REPLIES.includes(s.kind))?.at ?? null;
  const reply: DeadlineState = {
    deadline: 'reply',
    due: dues.reply,
    doneAt: firstReply,
    status:
      firstReply !== null
        ? firstReply <= dues.reply
          ? 'met'
          : 'late'
        : dues.reply <= now
          ? 'overdue'
          : 'pending',
  };
  const state = stateOf(steps);
  let revisit: DeadlineState = { deadline: 'revisit', due: null, status: 'pending', doneAt: null };
  const closedAt = isClosedState(state) ? latestCloseUpTo(steps, now) : null;
  if (closedAt !== null) {
    const due = new Date(new Date(closedAt).getTime() + revisitDays * DAY_MS).toISOString();
    if (state === 'finished') {
      const doneAt = steps[steps.length - 1]!.at;
      revisit = { deadline: 'revisit', due, doneAt, status: doneAt <= due ? 'met' : 'late' };
    } else {
      revisit = { deadline: 'revisit', due, doneAt: null, status: due <= now ? 'overdue' : 'pending' };
    }
  }
  return [
    reply,
    closingDeadline('handle', dues.handle, steps, now),
    closingDeadline('limit', card.limitDue, steps, now),
    revisit,
  ];
}

/** The due times a complaint received at `receivedAt` gets by default, from the settings. */
export function defaultDues(
  receivedAt: string,
  rules: { complaintReplyMinutes: number; complaintHandleDays: number; complaintLimitDays: number },
): { replyDue: string; handleDue: string; limitDue: string } {
  const t = new Date(receivedAt).getTime();
  const limit = t + rules.complaintLimitDays * DAY_MS;
  const handle = Math.min(t + rules.complaintHandleDays * DAY_MS, limit);
  const reply = Math.min(t + rules.complaintReplyMinutes * MINUTE_MS, handle);
  const iso = (ms: number) => new Date(ms).toISOString();
  return { replyDue: iso(reply), handleDue: iso(handle), limitDue: iso(limit) };
}

/** A month YYYY-MM as the instants of its local midnights: [from, to). */
export function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(y, m - 1, 1).toISOString(), to: new Date(y, m, 1).toISOString() };
}
