import type { DeskSnapshot, HandoverView } from '../../../shared/contract/handover';
import { DEMO_STAFF } from '../../../electron/core/demo';
import { DESK_PEOPLE } from './people';
import type { DayEvent, LedgerGenerator, Office } from './office';

export const HANDOVERS_PER_DAY = 2;
/** 13:00 (王芳 → 陈静) and 17:50 (陈静 → 王芳), both inside the day, before the close at 18:00. */
const MINUTES = [240, 530] as const;

export function secretOf(name: string): string {
  const user = DEMO_STAFF.find((u) => u.name === name);
  if (!user) throw new Error(`generator: no demo user ${name}`);
  return user.secret;
}

/**
 * The shift handover 交接班: twice a day the person at the desk hands it over to the other
 * receptionist with what the ledgers say she holds (items, keys, mail, tickets, her ticket cash),
 * and the incoming person counts the same and acknowledges with her PIN, so custody passes.
 */
export function handoversGenerator(): LedgerGenerator {
  return {
    name: 'handovers',
    day() {
      return MINUTES.map((minute, i): DayEvent => {
        const from = DESK_PEOPLE[i % 2]!;
        const to = DESK_PEOPLE[(i + 1) % 2]!;
        return {
          minute,
          async run(o: Office) {
            o.actAs(from);
            const snap = await o.must<DeskSnapshot>('handover.snapshot', {});
            const h = await o.must<HandoverView>('handover.start', {
              toUserId: o.userId(to),
              items: snap.items,
              notes: '',
              newTasks: [],
            });
            // what the incoming person finds and counts (the figures are withheld from her: a blind count)
            const seen = await o.must<DeskSnapshot>('handover.snapshot', { fromId: h.fromId });
            o.actAs(to);
            await o.must('handover.acknowledge', {
              handoverId: h.id,
              countersign: { userId: o.userId(to), secret: secretOf(to) },
              items: h.items.map((item) => ({ name: item.name, counted: item.count })),
              keys: seen.keys.map((k) => ({ keyId: k.keyId, copyNo: k.copyNo, confirmed: true })),
              mail: seen.mail.map((m) => ({ mailId: m.mailId, confirmed: true })),
              tickets: seen.tickets.map((t) => ({ typeId: t.typeId, counted: t.expected })),
              cash: { countedFen: seen.cashExpectedFen },
              reviewedDifferences: 0,
            });
            o.counts.handovers = (o.counts.handovers ?? 0) + 1;
          },
        };
      });
    },
  };
}
