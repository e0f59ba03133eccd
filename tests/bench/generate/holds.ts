import { CONSULTANTS, MANAGER } from './people';
import { phoneOf, pick, spread, type DayEvent, type LedgerGenerator, type Office } from './office';

/**
 * The sales-control register: ~3 holds a day, each requested by a consultant and decided by the
 * manager — one in ten rejected, the others released (no deposit in time) or reserved with a
 * deposit and signed. About 11 hold events a day: 20,000 over five years. A unit once signed
 * never comes back, so the generator remembers which units are free.
 */
export function holdsGenerator(): LedgerGenerator {
  const free: number[] = [];
  let customers = 0;

  const takeUnit = (office: Office): number | undefined => {
    if (free.length === 0) return undefined;
    const i = Math.floor(office.random() * free.length);
    const [unitId] = free.splice(i, 1);
    return unitId;
  };

  const lifecycle = (office: Office, minute: number): DayEvent[] => {
    const unitId = takeUnit(office);
    if (unitId === undefined) return [];
    const fate = office.random();
    let holdId = 0;
    const count = (o: Office) => (o.counts.holdEvents = (o.counts.holdEvents ?? 0) + 1);
    const events: DayEvent[] = [
      {
        minute,
        async run(o) {
          o.actAs(pick(o, CONSULTANTS));
          const hold = await o.must<{ id: number }>('holds.request', {
            unitId,
            customerName: '郑先生',
            customerPhone: phoneOf(80_000_000 + customers++),
          });
          holdId = hold.id;
          count(o);
        },
      },
    ];
    if (fate < 0.1) {
      events.push({
        minute: minute + 5,
        async run(o) {
          o.actAs(MANAGER);
          await o.must('holds.reject', { holdId, reason: '客户资料不全' });
          free.push(unitId);
          count(o);
        },
      });
      return events;
    }
    events.push({
      minute: minute + 5,
      async run(o) {
        o.actAs(MANAGER);
        await o.must('holds.approve', { holdId });
        count(o);
      },
    });
    if (fate < 0.7) {
      events.push({
        minute: minute + 20,
        async run(o) {
          o.actAs(MANAGER);
          await o.must('holds.release', { holdId, reason: '客户未交定金' });
          free.push(unitId);
          count(o);
        },
      });
    } else {
      events.push(
        {
          minute: minute + 20,
          async run(o) {
            o.actAs(MANAGER);
            await o.must('holds.deposit', {
              holdId,
              amountFen: 5_000_000,
              method: 'transfer',
              receiptNo: `DJ${holdId}`,
              agreementNo: `DG${holdId}`,
              receivedBy: o.userId(MANAGER),
            });
            count(o);
          },
        },
        {
          minute: minute + 40,
          async run(o) {
            o.actAs(MANAGER);
            await o.must('holds.sign', { holdId });
            count(o);
          },
        },
      );
    }
    return events;
  };

  return {
    name: 'holds',
    async setup(office) {
      office.actAs(MANAGER);
      const units = await office.must<{ id: number }[]>('units.list', {});
      free.push(...units.map((u) => u.id));
    },
    day(office) {
      const holds = 3 + (office.random() < 0.3 ? 1 : 0);
      return spread(office, holds, 10, 480).flatMap((minute) => lifecycle(office, minute));
    },
  };
}
