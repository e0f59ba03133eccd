import { sql, type Selectable } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import { inJson } from '../../../../db/rows';
import type { TicketCountsTable } from '../../../../db/schema';
import type { CountLine } from '../../../../shared/contract/tickets';
import type { CountOccasion } from '../../../../shared/domain/vocab';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { requireActor, type CallContext } from '../../context';
import { cashBalance, floatOf } from '../cash/custody';
import { requireUser } from '../users';
import { requireType } from './catalogue';
import { onHandOf } from './stock';

/**
 * 帐实相符: counted figures against the ledger at this instant. The handover and day-close
 * ledgers call `recordCountedFigures` with what the person counted; each line stores the
 * expected figure, the count and the variance, and a variance without an explanation is refused.
 * A cash count may include a desk's change float: the float is then added to the expected sum
 * and kept apart in `float_fen`, since it is never ticket cash. Counting does not move stock or
 * cash: setting the stock right is an adjustment, the cash variance is booked on hand-over.
 */
export interface CountedFigures {
  occasion: CountOccasion;
  stock: { typeId: number; counted: number; explanation?: string }[];
  cash?: { holderId: number; countedFen: number; desk?: string; explanation?: string };
}

type CountRow = Selectable<TicketCountsTable>;

function toLine(row: CountRow): CountLine {
  return {
    id: row.id,
    subject: row.subject,
    typeId: row.type_id,
    holderId: row.holder_id,
    floatFen: row.float_fen,
    expected: row.expected,
    counted: row.counted,
    variance: row.variance,
    explanation: row.explanation,
  };
}

/**
 * Counts already taken, by id: what the ledger held and what was counted at that instant (the
 * day close keeps the ids of its stock counts, and refers them to the end of the closed date).
 */
export async function countsByIds(
  db: ReadableDB,
  ids: readonly number[],
): Promise<Map<number, { expected: number; counted: number }>> {
  if (ids.length === 0) return new Map();
  // a `sql` text, compiled in microseconds: the list of closes asks for it every time it is read
  const { rows } = await selectSql(
    db,
    sql<{ id: number; expected: number; counted: number }>`
      SELECT id, expected, counted FROM ticket_counts WHERE id IN ${inJson(ids)}`,
  );
  return new Map(rows.map((r) => [r.id, { expected: r.expected, counted: r.counted }]));
}

export async function recordCountedFigures(ctx: CallContext, input: CountedFigures): Promise<CountLine[]> {
  const actor = requireActor(ctx);
  const base = { at: ctx.at, business_date: ctx.businessDate, occasion: input.occasion, actor_id: actor.id };
  const lines: CountLine[] = [];
  for (const s of input.stock) {
    await requireType(ctx.db, s.typeId);
    const expected = await onHandOf(ctx.db, s.typeId);
    if (s.counted !== expected && !s.explanation) {
      throw new AppError('VARIANCE_UNEXPLAINED', { counted: s.counted, expected });
    }
    const row = await ctx.writer.insert('ticket_counts', {
      ...base,
      subject: 'stock',
      type_id: s.typeId,
      holder_id: null,
      float_fen: 0,
      expected,
      counted: s.counted,
      variance: s.counted - expected,
      explanation: s.counted === expected ? null : s.explanation!,
    });
    lines.push(toLine(row));
  }
  if (input.cash) {
    const c = input.cash;
    await requireUser(ctx.db, c.holderId);
    const float = c.desk ? await floatOf(ctx.db, c.desk) : 0;
    const expected = (await cashBalance(ctx.db, c.holderId)) + float;
    if (c.countedFen !== expected && !c.explanation) {
      throw new AppError('VARIANCE_UNEXPLAINED', {
        counted: formatFen(c.countedFen),
        expected: formatFen(expected),
      });
    }
    const row = await ctx.writer.insert('ticket_counts', {
      ...base,
      subject: 'cash',
      type_id: null,
      holder_id: c.holderId,
      float_fen: float,
      expected,
      counted: c.countedFen,
      variance: c.countedFen - expected,
      explanation: c.countedFen === expected ? null : c.explanation!,
    });
    lines.push(toLine(row));
  }
  return lines;
}
