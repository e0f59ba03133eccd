import type { HoldEventKind, HoldState } from './vocab';

/**
 * Where a hold stands, folded from its events in the order they happened — the rule the 销控's
 * writes decide by (services/holds/state.ts), the one the database's kept status (0049) follows
 * event by event, and the one `audit.verify` checks that kept status against.
 */

/** The columns of an event the status is derived from. */
export interface HoldEventFacts {
  kind: HoldEventKind;
  expires_at: string | null;
  amount_fen: number | null;
  receipt_no: string | null;
}

/** What the events say, before the clock is asked (an expiry is only meant while held). */
export interface HoldFold {
  state: HoldState;
  /** The latest expiry an event set (an approval, an extension), whatever the state since. */
  lastExpiresAt: string | null;
  depositFen: number | null;
  receiptNo: string | null;
  /** The consultant reported 不定 (the customer will not pay the deposit). */
  reported: boolean;
}

/** The state an event moves its hold to; null: the state stays (an extension, a report). */
const STATE_AFTER: Record<HoldEventKind, HoldState | null> = {
  requested: 'pending',
  approved: 'held',
  extended: null,
  rejected: 'rejected',
  deposit: 'reserved',
  released: 'released',
  signed: 'signed',
  cancelled: 'cancelled',
  reported: null,
};

/** The status before any event: a hold is asked for, pending. */
const HOLD_FOLD_START: Readonly<HoldFold> = {
  state: 'pending',
  lastExpiresAt: null,
  depositFen: null,
  receiptNo: null,
  reported: false,
};

/** One event taken in (the database's trigger takes the same step, 0049). */
function holdFoldStep(fold: HoldFold, e: HoldEventFacts): HoldFold {
  return {
    state: STATE_AFTER[e.kind] ?? fold.state,
    lastExpiresAt: e.expires_at ?? fold.lastExpiresAt,
    depositFen: e.kind === 'deposit' ? e.amount_fen : fold.depositFen,
    receiptNo: e.kind === 'deposit' ? e.receipt_no : fold.receiptNo,
    reported: fold.reported || e.kind === 'reported',
  };
}

/** A hold's events, in the order they happened, folded. */
export function foldHoldEvents(events: readonly HoldEventFacts[]): HoldFold {
  let fold: HoldFold = HOLD_FOLD_START;
  for (const e of events) fold = holdFoldStep(fold, e);
  return fold;
}

/** The expiry that stands: only a held unit has one. */
export function standingExpiry(fold: Pick<HoldFold, 'state' | 'lastExpiresAt'>): string | null {
  return fold.state === 'held' ? fold.lastExpiresAt : null;
}
