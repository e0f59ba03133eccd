import type { ReadCallContext } from '../../context';
import { HAND_IN_TABLES } from '../cash/custody';
import {
  loadDeposits,
  loadReports,
  NO_FACTS,
  type DepositFact,
  type HoldFacts,
  type ReportFact,
} from './facts';
import { claimedHolds, type HoldStatus } from './state';

/**
 * What the 销控 board reads of a building, remembered by the router until a hold, a claim, a
 * deposit, its confirmation, a hand-in of cash or a user is written: every board screen asks for
 * it every few seconds, far more often than anyone acts on a unit. The values are the ledger's
 * facts alone; what depends on the time (a hold lapsed) and on who asks is decided on each call.
 *
 * `hold_status` is not named: only 0049's trigger writes it, on each `hold_events` insert.
 */
const CLAIMED_TABLES = ['units', 'unit_claims', 'holds', 'hold_events', 'users'] as const;
const FACT_TABLES = [...CLAIMED_TABLES, 'hold_deposits', 'deposit_confirmations', ...HAND_IN_TABLES] as const;

/** The building's claimed units' holds with their status, by unit id. */
export function claimedHoldsOf(
  ctx: ReadCallContext,
  building: string,
  unitIds: readonly number[],
): Map<number, HoldStatus> {
  const holds = ctx.remembered(`holds.claimedOf:${building}`, CLAIMED_TABLES, () => [
    ...claimedHolds(ctx, unitIds).values(),
  ]);
  return new Map(holds.map((h) => [h.row.unit_id, h]));
}

/**
 * The reports and deposits the board's cells show, of the holds among `claimed` the viewer may
 * read now (`readable`): read for every claimed hold once, kept, and picked from on each call.
 */
export function boardFacts(
  ctx: ReadCallContext,
  building: string,
  claimed: ReadonlyMap<number, HoldStatus>,
  readable: readonly HoldStatus[],
): HoldFacts {
  const kept = ctx.remembered(`holds.boardFacts:${building}`, FACT_TABLES, () => {
    const holds = [...claimed.values()];
    return {
      reports: [
        ...loadReports(
          ctx,
          holds.filter((h) => h.reported).map((h) => h.row.id),
        ).values(),
      ],
      deposits: loadDeposits(ctx, {
        holdIds: holds.filter((h) => h.depositFen !== null).map((h) => h.row.id),
      }),
    };
  });
  const reported = new Set(readable.filter((h) => h.reported).map((h) => h.row.id));
  const deposited = new Set(readable.filter((h) => h.depositFen !== null).map((h) => h.row.id));
  return {
    ...NO_FACTS,
    reports: new Map<number, ReportFact>(
      kept.reports.filter((r) => reported.has(r.holdId)).map((r) => [r.holdId, r]),
    ),
    deposits: new Map<number, DepositFact>(
      kept.deposits.filter((d) => deposited.has(d.holdId)).map((d) => [d.holdId, d]),
    ),
  };
}
