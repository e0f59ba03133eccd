import { DENOMINATIONS_FEN, type Preparation } from '../../../shared/contract/dayclose';
import type { DeskSnapshot, HandoverView, TaskView } from '../../../shared/contract/handover';
import type { Settings } from '../../../shared/contract/settings';
import type { StockLine } from '../../../shared/contract/tickets';
import type { DeskDriver, StaffName } from './deskDriver';
import { at, type Act, type Week } from './week';

const DAY_TASKS = ['回电王先生确认周末看房时间', '补打昨日来访客户的来人条', '联系 3 楼业主补交身份证复印件'];
const NIGHT_TASKS = ['早班检查样板房 A 空调是否关闭', '影城海报到货后换上新海报'];

/**
 * The incoming person's acknowledgement: she counts what is on the desk (what the outgoing
 * person's screen showed when writing, as nothing moved since), enters the count — a blind one,
 * the expected figures withheld from her until then — and signs with everything confirmed.
 */
async function acknowledge(
  desk: DeskDriver,
  handover: HandoverView,
  by: StaffName,
  onDesk: DeskSnapshot,
): Promise<void> {
  const snap = await desk.must<DeskSnapshot>('handover.snapshot', { fromId: handover.fromId });
  const counts = {
    handoverId: handover.id,
    items: onDesk.items.map((i) => ({ name: i.name, counted: i.count ?? 0 })),
    keys: snap.keys.map((k) => ({ keyId: k.keyId, copyNo: k.copyNo, confirmed: true })),
    mail: snap.mail.map((m) => ({ mailId: m.mailId, confirmed: true })),
    tickets: onDesk.tickets.map((t) => ({ typeId: t.typeId, counted: t.expected ?? 0 })),
    cash: { countedFen: onDesk.cashExpectedFen ?? 0 },
  };
  await desk.must('handover.review', counts);
  await desk.must('handover.acknowledge', {
    ...counts,
    countersign: desk.countersign(by),
    reviewedDifferences: 0,
  });
}

/** The outgoing person writes the handover; what her screen shows of the desk is returned too. */
async function handOver(
  desk: DeskDriver,
  to: StaffName,
  newTasks: string[],
): Promise<{ handover: HandoverView; onDesk: DeskSnapshot }> {
  const onDesk = await desk.must<DeskSnapshot>('handover.snapshot', {});
  const handover = await desk.must<HandoverView>('handover.start', {
    toUserId: desk.id(to),
    items: onDesk.items,
    notes: '',
    newTasks,
  });
  return { handover, onDesk };
}

/** The fewest notes and coins for a sum, largest first (how the desk bundles it for the cashier). */
export function piecesFor(fen: number): Record<string, number> {
  const pieces: Record<string, number> = {};
  let rest = fen;
  for (const d of DENOMINATIONS_FEN) {
    const n = Math.floor(rest / d);
    if (n > 0) pieces[String(d)] = n;
    rest -= n * d;
  }
  return pieces;
}

/** The morning person takes over the night's handover and clears yesterday's small tasks. */
export function morningActs(week: Week, date: string): Act[] {
  const { desk } = week;
  const pending = week.pendingNight;
  week.pendingNight = null;
  const acts: Act[] = [];
  if (pending !== null) {
    acts.push({
      at: at(date, 8, 32),
      by: '王芳',
      run: async () => {
        const night = await desk.must<HandoverView>('handover.get', { handoverId: pending.id });
        await acknowledge(desk, night, '王芳', pending.onDesk);
      },
    });
  }
  acts.push({
    at: at(date, 9, 40),
    by: '王芳',
    run: async () => {
      const tasks = await desk.must<TaskView[]>('handover.tasks', { includeDone: false });
      for (const task of tasks) await desk.must('handover.completeTask', { taskId: task.id, note: '已办' });
    },
  });
  return acts;
}

/**
 * The end of the day shift: the ticket cash counted and handed to 钱出纳, 王芳 hands the desk to
 * 陈静, and the date is closed with the stock as counted, signed by 王芳, 钱出纳 and 李经理 (by
 * 王芳 at the desk, or by 李经理 when the manager is there already), the cashier having
 * confirmed the non-cash takings against her statements.
 */
export function eveningActs(week: Week, date: string, cashFen: number, closer: StaffName): Act[] {
  const { desk, random } = week;
  const dayTasks = random.chance(0.4) ? [random.pick(DAY_TASKS)] : [];
  let handover: { handover: HandoverView; onDesk: DeskSnapshot } | null = null;
  return [
    {
      at: at(date, 17, 8),
      by: '王芳',
      run: async () => {
        await desk.must('dayclose.countCash', {
          businessDate: date,
          pieces: piecesFor(cashFen),
          countersign: desk.countersign('钱出纳'),
        });
      },
    },
    {
      at: at(date, 17, 15),
      by: '王芳',
      run: async () => {
        handover = await handOver(desk, '陈静', dayTasks);
      },
    },
    {
      at: at(date, 17, 20),
      by: '王芳',
      run: async () => {
        if (handover) await acknowledge(desk, handover.handover, '陈静', handover.onDesk);
      },
    },
    {
      at: at(date, 17, 40),
      by: closer,
      run: async () => {
        const prepared = await desk.must<Preparation>('dayclose.prepare', { businessDate: date });
        const drawer = await desk.must<StockLine[]>('tickets.stock', {});
        // The closing check (doors, power, items locked away) is a step of the close.
        const { closingChecklist } = await desk.must<Settings>('settings.get', {});
        await desk.must('checks.sign', {
          kind: 'closing',
          date,
          items: closingChecklist.map((name) => ({ name, ticked: true })),
          signer: desk.countersign(closer),
        });
        // The cashier reads her statements: the demo's agree with the ledger.
        if (
          prepared.takings.ledger.some((l) => l.ticketsFen !== 0 || l.depositsFen !== 0 || l.refundsFen !== 0)
        ) {
          await desk.must('dayclose.confirmTakings', {
            businessDate: date,
            lines: prepared.takings.ledger.map((l) => ({ method: l.method, statementFen: l.ledgerFen })),
            countersign: desk.countersign('钱出纳'),
          });
        }
        await desk.must('dayclose.close', {
          businessDate: date,
          // the drawer as counted: what the ticket ledger holds (the demo's counts agree)
          stock: prepared.stock.map((s) => ({
            typeId: s.typeId,
            counted: drawer.find((d) => d.typeId === s.typeId)?.onHand ?? 0,
          })),
          signatures: {
            receptionist: desk.countersign('王芳'),
            cashier: desk.countersign('钱出纳'),
            manager: desk.countersign('李经理'),
          },
        });
        await desk.signOut();
      },
    },
  ];
}

/**
 * After midnight 陈静 leaves and hands over to the morning (the date is closed, so the router
 * dates it into the next open date); the next morning's person acknowledges it.
 */
export function nightHandover(week: Week, date: string): Act {
  const { desk, random } = week;
  const tasks = random.chance(0.3) ? [random.pick(NIGHT_TASKS)] : [];
  return {
    at: at(date, 0, 30, 1),
    by: '陈静',
    run: async () => {
      const night = await handOver(desk, '王芳', tasks);
      week.pendingNight = { id: night.handover.id, onDesk: night.onDesk };
      await desk.signOut();
    },
  };
}
