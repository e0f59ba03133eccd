import { DESK_PEOPLE } from './people';
import { pick, spread, type DayEvent, type LedgerGenerator, type Office } from './office';

export const TICKET_SALES_PER_DAY = 30;
const PAYMENTS = ['cash', 'wechat', 'wechat', 'alipay'] as const;

/** The consignment tickets: 30 sales a day, stock received from the cinema when it runs low. */
export function ticketsGenerator(): LedgerGenerator {
  const stock = new Map<number, number>();

  const receive = (typeId: number, count: number): DayEvent => ({
    minute: 0,
    async run(o) {
      o.actAs(DESK_PEOPLE[0]);
      await o.must('tickets.receive', { typeId, count, batch: o.date });
      stock.set(typeId, (stock.get(typeId) ?? 0) + count);
    },
  });

  return {
    name: 'tickets',
    async setup(office) {
      office.actAs(DESK_PEOPLE[0]);
      const catalogue = await office.must<{ types: { id: number }[] }>('tickets.catalogue', {});
      for (const type of catalogue.types) stock.set(type.id, 0);
    },
    day(office) {
      const types = [...stock.keys()];
      // the planned sales of the day need at most 2 tickets each; restock before opening
      const events: DayEvent[] = types
        .filter((id) => (stock.get(id) ?? 0) < TICKET_SALES_PER_DAY * 2)
        .map((id) => receive(id, 300));
      for (const minute of spread(office, TICKET_SALES_PER_DAY, 1)) {
        events.push({
          minute,
          async run(o: Office) {
            o.actAs(pick(o, DESK_PEOPLE));
            const typeId = pick(o, types);
            const count = 1 + Math.floor(o.random() * 2);
            await o.must('tickets.sell', { typeId, count, paymentMethod: pick(o, PAYMENTS) });
            stock.set(typeId, stock.get(typeId)! - count);
            o.counts.ticketSales = (o.counts.ticketSales ?? 0) + 1;
          },
        });
      }
      return events;
    },
  };
}
