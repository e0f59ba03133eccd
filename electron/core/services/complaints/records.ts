import { sql, type Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { ComplaintEventsTable, ComplaintsTable } from '../../../../db/schema';
import {
  complaintNo,
  handlerOf,
  stateOf,
  type ComplaintCard,
  type ComplaintStep,
} from '../../../../shared/domain/complaints';
import { AppError } from '../../../../shared/domain/errors';

export type ComplaintRow = Selectable<ComplaintsTable>;
export type ComplaintEventRow = Selectable<ComplaintEventsTable>;

/** A complaint as read from the ledger: the card and its events in order. */
export interface ComplaintRecord {
  row: ComplaintRow;
  events: ComplaintEventRow[];
  no: string;
  card: ComplaintCard;
  steps: ComplaintStep[];
}

function recordOf(row: ComplaintRow, events: ComplaintEventRow[]): ComplaintRecord {
  return {
    row,
    events,
    no: complaintNo(row.year, row.seq),
    card: {
      receivedAt: row.received_at,
      replyDue: row.reply_due,
      handleDue: row.handle_due,
      limitDue: row.limit_due,
    },
    steps: events.map((e) => ({
      kind: e.kind,
      at: e.at,
      handlerId: e.handler_id,
      replyDue: e.reply_due,
      handleDue: e.handle_due,
    })),
  };
}

export function currentState(record: ComplaintRecord) {
  return stateOf(record.steps);
}

export function currentHandler(record: ComplaintRecord): number | null {
  return handlerOf(record.steps);
}

/** The complaints of these rows with their events, in the rows' order. */
export async function withEvents(db: ReadableDB, rows: readonly ComplaintRow[]): Promise<ComplaintRecord[]> {
  if (rows.length === 0) return [];
  const events = await db
    .selectFrom('complaint_events')
    .selectAll()
    .where(
      'complaint_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('complaint_id')
    .orderBy('seq')
    .execute();
  const byComplaint = new Map<number, ComplaintEventRow[]>();
  for (const e of events) {
    const list = byComplaint.get(e.complaint_id);
    if (list) list.push(e);
    else byComplaint.set(e.complaint_id, [e]);
  }
  return rows.map((r) => recordOf(r, byComplaint.get(r.id) ?? []));
}

export async function loadComplaint(db: ReadableDB, id: number): Promise<ComplaintRecord> {
  const row = await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMPLAINT_NOT_FOUND', { id });
  return (await withEvents(db, [row]))[0]!;
}

/** The kind of a complaint's latest event (null before any): `revisited` means finished. */
const LATEST_KIND = sql<string | null>`(SELECT e.kind FROM complaint_events e
  WHERE e.complaint_id = complaints.id ORDER BY e.seq DESC LIMIT 1)`;
/** Whoever the complaint's latest assignment named. */
const CURRENT_HANDLER = sql<number | null>`(SELECT e.handler_id FROM complaint_events e
  WHERE e.complaint_id = complaints.id AND e.kind = 'assigned' ORDER BY e.seq DESC LIMIT 1)`;

export interface ComplaintQuery {
  /** Not yet finished (finished: revisited after the latest close). */
  activeOnly: boolean;
  handlerId?: number;
  customerId?: number;
  beforeId?: number;
  receivedBefore?: string;
  limit?: number;
}

/** Complaints newest first, with their events. */
export async function findComplaints(db: ReadableDB, q: ComplaintQuery): Promise<ComplaintRecord[]> {
  let query = db.selectFrom('complaints').selectAll().orderBy('id', 'desc');
  if (q.activeOnly) query = query.where(sql<boolean>`${LATEST_KIND} IS NOT 'revisited'`);
  if (q.handlerId !== undefined) query = query.where(sql<boolean>`${CURRENT_HANDLER} = ${q.handlerId}`);
  if (q.customerId !== undefined) query = query.where('customer_id', '=', q.customerId);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  if (q.receivedBefore !== undefined) query = query.where('received_at', '<', q.receivedBefore);
  if (q.limit !== undefined) query = query.limit(q.limit);
  return withEvents(db, await query.execute());
}
