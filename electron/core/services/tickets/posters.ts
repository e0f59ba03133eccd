import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { TicketPostersTable } from '../../../../db/schema';
import type { PosterView } from '../../../../shared/contract/tickets';
import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import type { CallContext } from '../../context';
import { postDueReminders } from './alerts';

/** The poster schedule 档期 of the staff-canteen poster (000:601-603): a small master list. */

type PosterRow = Selectable<TicketPostersTable>;

function toPosterView(row: PosterRow): PosterView {
  return {
    id: row.id,
    film: row.film,
    showFrom: row.show_from,
    showTo: row.show_to,
    changeBy: addDays(row.show_from, -1),
    active: row.active === 1,
  };
}

export async function listPosters(db: ReadableDB): Promise<PosterView[]> {
  const rows = await db.selectFrom('ticket_posters').selectAll().orderBy('show_from', 'desc').execute();
  return rows.map(toPosterView);
}

export async function savePoster(
  ctx: CallContext,
  input: { id?: number; film: string; showFrom: string; showTo: string; active: boolean },
): Promise<PosterView> {
  if (input.showTo < input.showFrom) throw new AppError('POSTER_DATES');
  const values = {
    film: input.film,
    show_from: input.showFrom,
    show_to: input.showTo,
    active: input.active ? (1 as const) : (0 as const),
  };
  let row: PosterRow;
  if (input.id === undefined) {
    row = await ctx.writer.insert('ticket_posters', { ...values, created_at: ctx.at });
  } else {
    const exists = await ctx.db
      .selectFrom('ticket_posters')
      .select('id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!exists) throw new AppError('POSTER_NOT_FOUND', { id: input.id });
    row = await ctx.writer.update('ticket_posters', input.id, values);
  }
  await postDueReminders(ctx);
  return toPosterView(row);
}
