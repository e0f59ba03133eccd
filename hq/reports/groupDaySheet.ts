import type { ClientBase } from 'pg';
import type { DaySheet } from '../../shared/contract/exports';
import { SIGNING_ROLES, type SigningRole } from '../../shared/domain/vocab';

/**
 * The group day sheet of a business date: each office's figures of its own 日结对账单 summary,
 * computed at HQ from the projections of the entries HQ holds, and their totals. Every figure is
 * defined as the office's sheet defines it (electron/core/services/exports/daySheet/build.ts):
 *
 * - visits, calls: the rows dated that day; new/returning by `is_returning`; people the party
 *   sizes; invited the calls with an invitation date;
 * - holds: the hold events of the day by kind; deposits (fen) the amounts of its deposit events;
 * - tickets sold: sold less voided (counts); sales and cash sales: the amounts of sold less
 *   voided, all methods and cash only;
 * - handed to the cashier: the day's `to_cashier` transfers;
 * - keys out: the copies whose latest movement dated that day or before left them out
 *   (issued or handed over);
 * - handovers: the day's handovers; closed: the day's latest close event is a close.
 *
 * So the group sheet of a date is, figure by figure, the sum of the offices' own sheets of it
 * (tests/hq/group-sheet.test.ts holds it to each office's `exports.daySheet`).
 */
export type SheetFigures = DaySheet['summary'];

export interface OfficeDay {
  officeId: string;
  name: string;
  /** The project name the office's own settings give. */
  project: string | null;
  closed: boolean;
  signers: Record<SigningRole, string | null>;
  figures: SheetFigures;
  /** HQ's head of the office's chain when the figures were read. */
  headSeq: number;
  /** The office's chain at HQ reaches past this date's end (or the date is closed): its figures are final. */
  complete: boolean;
}

export interface GroupDaySheet {
  date: string;
  offices: OfficeDay[];
  totals: SheetFigures;
}

const FIGURES_SQL = `
WITH v AS (
  SELECT office_id, count(*) AS total, count(*) FILTER (WHERE NOT is_returning) AS new,
         count(*) FILTER (WHERE is_returning) AS returning, coalesce(sum(party_size), 0) AS people
  FROM hq.visits WHERE business_date = $1 GROUP BY office_id
), c AS (
  SELECT office_id, count(*) AS total, count(*) FILTER (WHERE NOT is_returning) AS new,
         count(*) FILTER (WHERE is_returning) AS returning, count(*) FILTER (WHERE invited_for IS NOT NULL) AS invited
  FROM hq.calls WHERE business_date = $1 GROUP BY office_id
), h AS (
  SELECT office_id,
         count(*) FILTER (WHERE kind = 'requested') AS requested,
         count(*) FILTER (WHERE kind = 'approved') AS approved,
         count(*) FILTER (WHERE kind = 'deposit') AS deposits,
         count(*) FILTER (WHERE kind = 'released') AS released,
         count(*) FILTER (WHERE kind = 'signed') AS signed,
         coalesce(sum(amount_fen) FILTER (WHERE kind = 'deposit'), 0) AS deposits_fen
  FROM hq.hold_events WHERE business_date = $1 GROUP BY office_id
), t AS (
  SELECT office_id,
         coalesce(sum(abs(delta)) FILTER (WHERE kind = 'sold'), 0)
           - coalesce(sum(abs(delta)) FILTER (WHERE kind = 'voided'), 0) AS sold,
         coalesce(sum(amount_fen) FILTER (WHERE kind = 'sold'), 0)
           - coalesce(sum(amount_fen) FILTER (WHERE kind = 'voided'), 0) AS sales_fen,
         coalesce(sum(amount_fen) FILTER (WHERE kind = 'sold' AND payment_method = 'cash'), 0)
           - coalesce(sum(amount_fen) FILTER (WHERE kind = 'voided' AND payment_method = 'cash'), 0) AS cash_fen
  FROM hq.ticket_movements WHERE business_date = $1 GROUP BY office_id
), x AS (
  SELECT office_id, coalesce(sum(amount_fen), 0) AS handed_fen
  FROM hq.cash_transfers WHERE business_date = $1 AND kind = 'to_cashier' GROUP BY office_id
), k AS (
  SELECT office_id, count(*) FILTER (WHERE kind IN ('issued', 'handed_over')) AS out
  FROM (SELECT DISTINCT ON (office_id, key_id, copy_no) office_id, kind
          FROM hq.key_movements WHERE business_date <= $1
         ORDER BY office_id, key_id, copy_no, key_seq DESC) AS latest
  GROUP BY office_id
), ho AS (
  SELECT office_id, count(*) AS handovers FROM hq.handovers WHERE business_date = $1 GROUP BY office_id
), cl AS (
  SELECT DISTINCT ON (office_id) office_id, kind FROM hq.day_close_events
   WHERE for_date = $1 ORDER BY office_id, event_seq DESC
), sg AS (
  SELECT DISTINCT ON (s.office_id, s.role) s.office_id, s.role, u.name
    FROM hq.day_close_signatures s
    JOIN hq.day_close_events e ON e.office_id = s.office_id AND e.id = s.event_id AND e.for_date = $1
    LEFT JOIN hq.office_users u ON u.office_id = s.office_id AND u.id = s.user_id
   ORDER BY s.office_id, s.role, s.id DESC
)
SELECT o.office_id, o.name, o.head_seq,
       (SELECT value #>> '{}' FROM hq.office_settings st WHERE st.office_id = o.office_id AND st.key = 'projectName') AS project,
       coalesce(cl.kind = 'closed', false) AS closed,
       (o.head_at IS NOT NULL AND EXISTS (SELECT FROM hq.ledger_entries le
          WHERE le.office_id = o.office_id AND le.seq = o.head_seq AND le.business_date > $1)) AS past_date,
       (SELECT jsonb_object_agg(role, name) FROM sg WHERE sg.office_id = o.office_id) AS signers,
       coalesce(v.total, 0) AS v_total, coalesce(v.new, 0) AS v_new, coalesce(v.returning, 0) AS v_returning,
       coalesce(v.people, 0) AS v_people,
       coalesce(c.total, 0) AS c_total, coalesce(c.new, 0) AS c_new, coalesce(c.returning, 0) AS c_returning,
       coalesce(c.invited, 0) AS c_invited,
       coalesce(h.requested, 0) AS h_requested, coalesce(h.approved, 0) AS h_approved,
       coalesce(h.deposits, 0) AS h_deposits, coalesce(h.released, 0) AS h_released, coalesce(h.signed, 0) AS h_signed,
       coalesce(h.deposits_fen, 0) AS deposits_fen,
       coalesce(t.sold, 0) AS tickets_sold, coalesce(t.sales_fen, 0) AS ticket_sales_fen,
       coalesce(t.cash_fen, 0) AS ticket_cash_fen, coalesce(x.handed_fen, 0) AS handed_fen,
       coalesce(k.out, 0) AS keys_out, coalesce(ho.handovers, 0) AS handovers
FROM hq.offices o
LEFT JOIN v USING (office_id) LEFT JOIN c USING (office_id) LEFT JOIN h USING (office_id)
LEFT JOIN t USING (office_id) LEFT JOIN x USING (office_id) LEFT JOIN k USING (office_id)
LEFT JOIN ho USING (office_id) LEFT JOIN cl USING (office_id)
ORDER BY o.office_id`;

type FigureRow = Record<string, string | number | boolean | null | Record<string, string>>;

/** A count or an amount as PostgreSQL answers it (bigint and numeric arrive as text). */
function n(value: unknown): number {
  const number = Number(value ?? 0);
  if (!Number.isSafeInteger(number)) throw new Error(`not a whole number: ${String(value)}`);
  return number;
}

function figuresOf(r: FigureRow): SheetFigures {
  return {
    visits: { total: n(r.v_total), new: n(r.v_new), returning: n(r.v_returning), people: n(r.v_people) },
    calls: { total: n(r.c_total), new: n(r.c_new), returning: n(r.c_returning), invited: n(r.c_invited) },
    holds: {
      requested: n(r.h_requested),
      approved: n(r.h_approved),
      deposits: n(r.h_deposits),
      released: n(r.h_released),
      signed: n(r.h_signed),
    },
    depositsFen: n(r.deposits_fen),
    ticketsSold: n(r.tickets_sold),
    ticketSalesFen: n(r.ticket_sales_fen),
    ticketCashFen: n(r.ticket_cash_fen),
    handedToCashierFen: n(r.handed_fen),
    keysOut: n(r.keys_out),
    handovers: n(r.handovers),
  };
}

export function emptyFigures(): SheetFigures {
  return figuresOf({});
}

/** The figures added up, each to each. */
export function addFigures(a: SheetFigures, b: SheetFigures): SheetFigures {
  const add = <T extends Record<string, number>>(x: T, y: T): T =>
    Object.fromEntries(Object.keys(x).map((key) => [key, x[key]! + y[key]!])) as T;
  return {
    visits: add(a.visits, b.visits),
    calls: add(a.calls, b.calls),
    holds: add(a.holds, b.holds),
    depositsFen: a.depositsFen + b.depositsFen,
    ticketsSold: a.ticketsSold + b.ticketsSold,
    ticketSalesFen: a.ticketSalesFen + b.ticketSalesFen,
    ticketCashFen: a.ticketCashFen + b.ticketCashFen,
    handedToCashierFen: a.handedToCashierFen + b.handedToCashierFen,
    keysOut: a.keysOut + b.keysOut,
    handovers: a.handovers + b.handovers,
  };
}

export async function groupDaySheet(db: ClientBase, date: string): Promise<GroupDaySheet> {
  const rows = (await db.query<FigureRow>(FIGURES_SQL, [date])).rows;
  const offices = rows.map((r): OfficeDay => {
    const signed = (r.signers ?? {}) as Record<string, string>;
    const closed = r.closed === true;
    return {
      officeId: String(r.office_id),
      name: String(r.name),
      project: typeof r.project === 'string' ? r.project : null,
      closed,
      signers: Object.fromEntries(
        SIGNING_ROLES.map((role) => [role, closed ? (signed[role] ?? null) : null]),
      ) as Record<SigningRole, string | null>,
      figures: figuresOf(r),
      headSeq: n(r.head_seq),
      complete: closed || r.past_date === true,
    };
  });
  return { date, offices, totals: offices.reduce((sum, o) => addFigures(sum, o.figures), emptyFigures()) };
}
