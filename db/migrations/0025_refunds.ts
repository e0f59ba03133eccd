import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Refunds 退定 (000:45: approved, paid within a week, the customer told).
 *
 * `hold_refunds`: a reservation cancelled with money to return opens one refund, approved by the
 * manager who cancelled it (the reason), due by a date. `refund_events` is what happened to it
 * since: the customer told (who, when), paid by the cashier (method, reference) — each once —
 * and the manager reminded of an overdue refund, once per business date, never after payment.
 * Its state (due, overdue, paid) is derived from these and the date.
 */
const statements = [
  `CREATE TABLE hold_refunds (
     id INTEGER PRIMARY KEY,
     hold_id INTEGER NOT NULL UNIQUE REFERENCES holds(id),
     cancel_event_id INTEGER NOT NULL UNIQUE REFERENCES hold_events(id),
     amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
     approved_by INTEGER NOT NULL REFERENCES users(id),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
     due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (due_date >= business_date)
   ) STRICT`,
  `CREATE INDEX hold_refunds_by_date ON hold_refunds(business_date)`,
  `CREATE INDEX hold_refunds_by_audit ON hold_refunds(audit_id)`,
  `CREATE TRIGGER hold_refunds_of_the_cancellation BEFORE INSERT ON hold_refunds
     WHEN NOT EXISTS (
       SELECT 1 FROM hold_events e
        WHERE e.id = NEW.cancel_event_id AND e.hold_id = NEW.hold_id AND e.kind = 'cancelled'
          AND e.amount_fen = NEW.amount_fen)
     BEGIN SELECT RAISE(ABORT, 'hold_refunds: the hold''s own cancellation, for its amount'); END`,

  `CREATE TABLE refund_events (
     id INTEGER PRIMARY KEY,
     refund_id INTEGER NOT NULL REFERENCES hold_refunds(id),
     kind TEXT NOT NULL CHECK (kind IN ('told', 'paid', 'reminded')),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     actor_id INTEGER REFERENCES users(id),
     cashier_id INTEGER REFERENCES users(id),
     method TEXT CHECK (method IN ('cash', 'wechat', 'alipay', 'card', 'transfer')),
     reference TEXT CHECK (reference IS NULL OR length(trim(reference)) BETWEEN 1 AND 60),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     -- paid: by the cashier, how, and the voucher or transaction it can be traced by
     CHECK ((kind = 'paid') = (cashier_id IS NOT NULL)),
     CHECK ((kind = 'paid') = (method IS NOT NULL)),
     CHECK ((kind = 'paid') = (reference IS NOT NULL)),
     -- told: by a person; reminded: by the app's own job
     CHECK (kind = 'reminded' OR actor_id IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX refund_events_by_refund ON refund_events(refund_id, id)`,
  `CREATE INDEX refund_events_by_date ON refund_events(business_date, kind)`,
  `CREATE INDEX refund_events_by_audit ON refund_events(audit_id)`,
  `CREATE UNIQUE INDEX refund_events_one_payment ON refund_events(refund_id) WHERE kind = 'paid'`,
  `CREATE UNIQUE INDEX refund_events_one_telling ON refund_events(refund_id) WHERE kind = 'told'`,
  `CREATE UNIQUE INDEX refund_events_one_reminder_a_day ON refund_events(refund_id, business_date)
     WHERE kind = 'reminded'`,
  `CREATE TRIGGER refund_events_no_reminder_once_paid BEFORE INSERT ON refund_events
     WHEN NEW.kind = 'reminded' AND EXISTS (
       SELECT 1 FROM refund_events p WHERE p.refund_id = NEW.refund_id AND p.kind = 'paid')
     BEGIN SELECT RAISE(ABORT, 'refund_events: a paid refund is not overdue'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...['hold_refunds', 'refund_events'].flatMap(appendOnlyTriggers)]) {
    await sql.raw(statement).execute(db);
  }
}
