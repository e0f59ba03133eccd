import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { postDueReminders } from './alerts';
import { listCinemas, listTypes, saveCinema, saveType, toCinemaView } from './catalogue';
import { recordCountedFigures } from './counts';
import { exportMovements } from './export';
import { adjustStock, receiveTickets, returnToCinema, sellTickets, voidSale } from './movements';
import { listPosters, savePoster } from './posters';
import { expectedStock, listMovements } from './stock';

/**
 * Consignment movie tickets (SPEC §6). Functions for the later ledgers (handover, day close),
 * by their file under services/:
 *  - `expectedStock(db, { at | businessDate })`   — tickets/stock.ts: stock per type now (no point
 *                                                    given: the running balances of 0012, one row
 *                                                    a type) or at an instant / a date's end;
 *  - `onHandOf(db, typeId, asOf)`                  — tickets/stock.ts: one type;
 *  - `cashBalance(db, userId, asOf)`, `expectedCash(db, asOf)`, `floatOf(db, desk, asOf)`
 *                                                  — cash/custody.ts: ticket cash per person, float;
 *  - `recordCountedFigures(ctx, { occasion, stock, cash })`
 *                                                  — tickets/counts.ts: counted vs expected, variance
 *                                                    with explanation;
 *  - `handToCashier(ctx, …)`                       — cash/transfers.ts: the day's cash to the cashier;
 *  - `postDueReminders(ctx)`                       — tickets/alerts.ts: low stock, posters.
 */
export const ticketsHandlers: HandlersOf<'tickets'> = {
  'tickets.catalogue': async (_input, ctx) => ({
    cinemas: (await listCinemas(ctx.db)).map(toCinemaView),
    types: await listTypes(ctx.db),
  }),
  'tickets.saveCinema': (input, ctx) => saveCinema(ctx, input),
  'tickets.saveType': (input, ctx) => saveType(ctx, input),
  'tickets.stock': (input, ctx) => expectedStock(ctx.db, { at: input.asOf }),
  'tickets.receive': (input, ctx) => receiveTickets(ctx, input),
  'tickets.sell': (input, ctx) => sellTickets(ctx, input),
  'tickets.voidSale': (input, ctx) => voidSale(ctx, input),
  'tickets.returnToCinema': (input, ctx) => returnToCinema(ctx, input),
  'tickets.adjust': (input, ctx) => adjustStock(ctx, input),
  'tickets.movements': (input, ctx) => listMovements(ctx, input),
  'tickets.exportMovements': (input, ctx) => exportMovements(ctx, input),
  'tickets.recordCount': (input, ctx) => recordCountedFigures(ctx, input),
  'tickets.posters': (_input, ctx) => listPosters(ctx.db),
  'tickets.savePoster': (input, ctx) => savePoster(ctx, input),
  'tickets.remind': async (_input, ctx) => ({ posted: await postDueReminders(ctx) }),
};

export const ticketsService: ServiceModule<'tickets'> = {
  handlers: ticketsHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // Month-end posters and poster changes reach the notification area from any screen.
      run: async ({ call }) => void (await call('tickets.remind', {})),
    },
  ],
};
