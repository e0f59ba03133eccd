import type { Selectable } from 'kysely';
import { readCursor, type ReadSource } from '../../../db/access';
import type { Database } from '../../../db/schema';
import { foldHoldEvents, type HoldEventFacts, type HoldFold } from '../../../shared/domain/holdStatus';
import type { BalanceProblem } from './runningBalances';

/**
 * The holds' kept status (0049) checked against the truth it is kept from: each hold's events,
 * folded again here by the app's own rule (shared/domain/holdStatus.ts), must give its row, which
 * must name the newest event; every hold with events must have its row, and no row may stand
 * without events. The triggers make any other state impossible through SQL; this is the
 * auditor's proof that they did (and what `audit.verify` reports if a ledger file was edited
 * with the triggers dropped). Reads the events once, in the (hold, id) index's order.
 */
type KeptRow = Selectable<Database['hold_status']>;

const said = (f: HoldFold, last: number) =>
  JSON.stringify([f.state, f.lastExpiresAt, f.depositFen, f.receiptNo, f.reported, last]);

export function holdStatusProblems(source: ReadSource): BalanceProblem[] {
  const tableExists = readCursor(
    source,
    `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hold_status'`,
  ).get();
  if (!tableExists) return [];
  const kept = new Map(
    (readCursor(source, 'SELECT * FROM hold_status').all() as KeptRow[]).map((r) => [r.hold_id, r]),
  );
  const problems: BalanceProblem[] = [];
  const check = (holdId: number, events: HoldEventFacts[], last: number) => {
    const truth = said(foldHoldEvents(events), last);
    const row = kept.get(holdId);
    kept.delete(holdId);
    if (!row) {
      problems.push({ table: 'hold_status', rowId: holdId, problem: `no kept status for hold #${holdId}` });
      return;
    }
    const stored = JSON.stringify([
      row.state,
      row.expires_at,
      row.deposit_fen,
      row.receipt_no,
      row.reported === 1,
      row.last_event_id,
    ]);
    if (stored !== truth) {
      problems.push({
        table: 'hold_status',
        rowId: holdId,
        problem: `kept status of hold #${holdId} says ${stored} but its events say ${truth}`,
      });
    }
  };
  let holdId: number | null = null;
  let events: HoldEventFacts[] = [];
  let last = 0;
  const rows = readCursor(
    source,
    'SELECT hold_id, id, kind, expires_at, amount_fen, receipt_no FROM hold_events ORDER BY hold_id, id',
  ).iterate() as IterableIterator<HoldEventFacts & { hold_id: number; id: number }>;
  for (const e of rows) {
    if (e.hold_id !== holdId) {
      if (holdId !== null) check(holdId, events, last);
      holdId = e.hold_id;
      events = [];
    }
    events.push(e);
    last = e.id;
  }
  if (holdId !== null) check(holdId, events, last);
  for (const row of kept.values()) {
    problems.push({
      table: 'hold_status',
      rowId: row.hold_id,
      problem: `kept status of hold #${row.hold_id} without any hold_events`,
    });
  }
  return problems;
}
