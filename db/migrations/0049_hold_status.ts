import { sql, type Kysely } from 'kysely';

/**
 * Each hold's status kept by the database, as the running balances (0012) and tallies (0015) are:
 * its state, the latest expiry set, its deposit and receipt, whether it was reported 不定, and the
 * newest event taken in. The 销控 board showed a building's status by reading every event of its
 * ~90 holds (~375 rows) and folding them on every call — most of the board's cost on a busy
 * site. Here an AFTER INSERT trigger of hold_events takes each event into its hold's row in the
 * same statement, by the same step the app folds with (shared/domain/holdStatus.ts).
 *
 * The events stay the truth and the app's writes still decide from them; this row is their fold
 * kept up to date. Nothing in the app writes it: the guards below refuse any write that is not
 * exactly the step the newest event makes, and `audit.verify` folds the events again and compares
 * (electron/core/audit/holdStatus.ts). An event must be appended after every existing one (id
 * order), or "the newest event" would not be the last step.
 *
 * Backfilled here from the existing events.
 */

/** The state an event moves its hold to; NULL where it stays (an extension, a report). */
const stateAfter = (kind: string) => `CASE ${kind}
     WHEN 'requested' THEN 'pending' WHEN 'approved' THEN 'held' WHEN 'rejected' THEN 'rejected'
     WHEN 'deposit' THEN 'reserved' WHEN 'released' THEN 'released' WHEN 'signed' THEN 'signed'
     WHEN 'cancelled' THEN 'cancelled' END`;

const KEPT = 'hold_status is kept by the database from hold_events: it is never written directly';
const NEWEST = '(SELECT max(id) FROM hold_events)';

/** The columns after one event `e` taken into `old` (a row, or the start: pending, nothing set). */
function step(
  e: string,
  old: { state: string; expires: string; fen: string; receipt: string; reported: string },
) {
  return {
    state: `coalesce(${stateAfter(`${e}.kind`)}, ${old.state})`,
    expires: `coalesce(${e}.expires_at, ${old.expires})`,
    fen: `CASE WHEN ${e}.kind = 'deposit' THEN ${e}.amount_fen ELSE ${old.fen} END`,
    receipt: `CASE WHEN ${e}.kind = 'deposit' THEN ${e}.receipt_no ELSE ${old.receipt} END`,
    reported: `(${old.reported} OR ${e}.kind = 'reported')`,
  };
}
const START = { state: `'pending'`, expires: 'NULL', fen: 'NULL', receipt: 'NULL', reported: '0' };
const OLD = {
  state: 'OLD.state',
  expires: 'OLD.expires_at',
  fen: 'OLD.deposit_fen',
  receipt: 'OLD.receipt_no',
  reported: 'OLD.reported',
};

const STATEMENTS = [
  `CREATE TABLE hold_status (
     hold_id INTEGER PRIMARY KEY REFERENCES holds(id),
     state TEXT NOT NULL
       CHECK (state IN ('pending', 'held', 'reserved', 'signed', 'rejected', 'released', 'cancelled')),
     expires_at TEXT,
     deposit_fen INTEGER,
     receipt_no TEXT,
     reported INTEGER NOT NULL CHECK (reported IN (0, 1)),
     last_event_id INTEGER NOT NULL
   ) STRICT`,

  // The fold of each hold's events so far: the last event that sets a state, an expiry, a
  // deposit; whether any is a report.
  `INSERT INTO hold_status (hold_id, state, expires_at, deposit_fen, receipt_no, reported, last_event_id)
   SELECT h.hold_id,
     coalesce((SELECT ${stateAfter('e.kind')} FROM hold_events e
       WHERE e.hold_id = h.hold_id AND ${stateAfter('e.kind')} IS NOT NULL ORDER BY e.id DESC LIMIT 1), 'pending'),
     (SELECT e.expires_at FROM hold_events e
       WHERE e.hold_id = h.hold_id AND e.expires_at IS NOT NULL ORDER BY e.id DESC LIMIT 1),
     (SELECT e.amount_fen FROM hold_events e
       WHERE e.hold_id = h.hold_id AND e.kind = 'deposit' ORDER BY e.id DESC LIMIT 1),
     (SELECT e.receipt_no FROM hold_events e
       WHERE e.hold_id = h.hold_id AND e.kind = 'deposit' ORDER BY e.id DESC LIMIT 1),
     EXISTS (SELECT 1 FROM hold_events e WHERE e.hold_id = h.hold_id AND e.kind = 'reported'),
     h.last
   FROM (SELECT hold_id, max(id) AS last FROM hold_events GROUP BY hold_id) h
   ORDER BY h.hold_id`,

  // The one writer: the event's own insert.
  (() => {
    const s = step('NEW', {
      state: 'state',
      expires: 'expires_at',
      fen: 'deposit_fen',
      receipt: 'receipt_no',
      reported: 'reported',
    });
    const first = step('NEW', START);
    return `CREATE TRIGGER hold_events_keep_status AFTER INSERT ON hold_events
     BEGIN
       SELECT RAISE(ABORT, 'hold_events rows are appended after the last one') WHERE NEW.id < ${NEWEST};
       UPDATE hold_status SET state = ${s.state}, expires_at = ${s.expires}, deposit_fen = ${s.fen},
         receipt_no = ${s.receipt}, reported = ${s.reported}, last_event_id = NEW.id
         WHERE hold_id = NEW.hold_id;
       INSERT INTO hold_status (hold_id, state, expires_at, deposit_fen, receipt_no, reported, last_event_id)
         SELECT NEW.hold_id, ${first.state}, ${first.expires}, ${first.fen}, ${first.receipt}, ${first.reported}, NEW.id
         WHERE NOT EXISTS (SELECT 1 FROM hold_status WHERE hold_id = NEW.hold_id);
     END`;
  })(),

  // Direct writes refused: a row moves only by taking in its hold's newest event, by the step.
  (() => {
    const s = step('e', OLD);
    return `CREATE TRIGGER hold_status_follows_events BEFORE UPDATE ON hold_status
     WHEN NOT coalesce(
       NEW.hold_id = OLD.hold_id
       AND NEW.last_event_id > OLD.last_event_id
       AND NEW.last_event_id = ${NEWEST}
       AND EXISTS (SELECT 1 FROM hold_events e WHERE e.id = NEW.last_event_id AND e.hold_id = NEW.hold_id
         AND NEW.state IS ${s.state} AND NEW.expires_at IS ${s.expires}
         AND NEW.deposit_fen IS ${s.fen} AND NEW.receipt_no IS ${s.receipt}
         AND NEW.reported IS ${s.reported}), 0)
     BEGIN SELECT RAISE(ABORT, '${KEPT}'); END`;
  })(),
  (() => {
    const s = step('e', START);
    return `CREATE TRIGGER hold_status_opened_by_event BEFORE INSERT ON hold_status
     WHEN NOT coalesce(
       NEW.last_event_id = ${NEWEST}
       AND EXISTS (SELECT 1 FROM hold_events e WHERE e.id = NEW.last_event_id AND e.hold_id = NEW.hold_id
         AND NEW.state IS ${s.state} AND NEW.expires_at IS ${s.expires}
         AND NEW.deposit_fen IS ${s.fen} AND NEW.receipt_no IS ${s.receipt}
         AND NEW.reported IS ${s.reported})
       AND NOT EXISTS (SELECT 1 FROM hold_events e WHERE e.hold_id = NEW.hold_id AND e.id < NEW.last_event_id), 0)
     BEGIN SELECT RAISE(ABORT, '${KEPT}'); END`;
  })(),
  `CREATE TRIGGER hold_status_no_delete BEFORE DELETE ON hold_status
   BEGIN SELECT RAISE(ABORT, '${KEPT}'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction: the backfill and the triggers that keep
  // it land together or not at all.
  await sql.raw('BEGIN IMMEDIATE').execute(db);
  try {
    for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
    await sql.raw('COMMIT').execute(db);
  } catch (error) {
    await sql.raw('ROLLBACK').execute(db);
    throw error;
  }
}
