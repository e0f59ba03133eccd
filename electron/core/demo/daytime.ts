import type { KeyView } from '../../../shared/contract/keys';
import { customerName, mobile } from './random';
import { at, CONSULTANTS, plusMinutes, type Act, type Week } from './week';

/**
 * The day shift of one business date at 魅力晶都, as acts at their moments: the rotation in the
 * morning, walk-in visitors (some back with the phone they left, a few asking for a consultant
 * by name), calls, cinema-ticket sales, a show-flat key lent to a consultant and returned, and
 * now and then a unit held for a customer (approved, then a deposit or a release). Everything
 * ends before the desk counts the cash at 17:08, so the close finds every key home.
 */

const CHANNELS = ['路过', '朋友介绍', '老带新', '网络/新媒体', '户外广告', '电话邀约', '其他'] as const;
const WALK_IN_CHANNELS = [
  '路过',
  '路过',
  '朋友介绍',
  '老带新',
  '网络/新媒体',
  '户外广告',
  '电话邀约',
] as const;
const LAYOUTS = ['两室两厅', '三室两厅'] as const;
const CALL_TOPICS = ['咨询户型与价格', '询问开盘时间', '了解贷款政策', '预约周末看房', '询问样板房开放时间'];
const LAST_ARRIVAL = 16 * 60 + 50;
const DESK_DONE = 17 * 60 + 5;

/** A minute of the day between `from` and `to` (minutes since midnight). */
function minuteOf(week: Week, from: number, to: number): number {
  return week.random.int(from, to);
}

function moment(date: string, minute: number): Date {
  return at(date, Math.floor(minute / 60), minute % 60);
}

export function morningRotation(week: Week, date: string, dayIndex: number): Act {
  const order = CONSULTANTS.map((_, i) => CONSULTANTS[(i + dayIndex) % CONSULTANTS.length]!);
  return {
    at: at(date, 8, 45),
    by: '王芳',
    run: async () => {
      await week.desk.must('rotation.setOrder', { consultantIds: order.map((n) => week.desk.id(n)) });
    },
  };
}

export function visitActs(week: Week, date: string): Act[] {
  const { random, desk } = week;
  const acts: Act[] = [];
  const count = random.int(15, 30);
  for (let i = 0; i < count; i++) {
    const arrival = minuteOf(week, 9 * 60, LAST_ARRIVAL);
    const returning = week.customers.length > 3 && random.chance(0.3);
    const known = returning ? random.pick(week.customers) : null;
    const phone = known?.phone ?? (random.chance(0.75) ? mobile(random) : undefined);
    const name = known?.name ?? customerName(random);
    const named = !known && random.chance(0.1) ? random.pick(CONSULTANTS) : undefined;
    const stay = random.int(20, 90);
    const outcome = phone ? (random.chance(0.15) ? 'pledge' : 'left_phone') : 'browse';
    const layout = random.pick(LAYOUTS);
    const partySize = random.int(1, 3);
    const channel = known ? '电话邀约' : random.pick(WALK_IN_CHANNELS);
    let visitId = 0;
    acts.push({
      at: moment(date, arrival),
      by: '王芳',
      run: async () => {
        const res = await desk.must<{ visit: { id: number } }>('visits.record', {
          customerName: name,
          ...(phone ? { phone } : {}),
          partySize,
          channel,
          ...(named ? { namedConsultantId: desk.id(named) } : {}),
          intentLayout: layout,
          intentAreaSqm: layout === '三室两厅' ? 128 : 89,
        });
        visitId = res.visit.id;
        if (phone && !known) week.customers.push({ name, phone });
      },
    });
    acts.push({
      at: moment(date, Math.min(arrival + stay, DESK_DONE)),
      by: '王芳',
      run: async () => {
        await desk.must('visits.leave', { visitId });
        await desk.must('visits.amend', { visitId, outcome });
      },
    });
  }
  return acts;
}

export function callActs(week: Week, date: string): Act[] {
  const { random, desk } = week;
  const acts: Act[] = [];
  const count = random.int(8, 15);
  for (let i = 0; i < count; i++) {
    const minute = minuteOf(week, 9 * 60, 17 * 60);
    const known = week.customers.length > 3 && random.chance(0.35) ? random.pick(week.customers) : null;
    const phone = known?.phone ?? (random.chance(0.85) ? mobile(random) : undefined);
    const name = known?.name ?? customerName(random);
    const topic = random.pick(CALL_TOPICS);
    const invite = random.chance(0.3);
    const channel = known ? '电话邀约' : random.pick(CHANNELS);
    acts.push({
      at: moment(date, minute),
      by: '王芳',
      run: async () => {
        await desk.must('calls.record', {
          callerName: name,
          ...(phone ? { phone } : {}),
          channel,
          topic,
          ...(invite ? { invitedFor: nextDate(date) } : {}),
        });
        if (phone && !known) week.customers.push({ name, phone });
      },
    });
  }
  return acts;
}

function nextDate(date: string): string {
  const d = at(date, 12, 0, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Tickets from the cinema: the week's delivery on its first morning, more when 2D runs low. */
export function ticketReceipt(week: Week, date: string, first: boolean): Act | null {
  if (!first && week.onHand.twoD >= 20) return null;
  const twoD = first ? 60 : 40;
  const threeD = first ? 30 : week.onHand.threeD < 10 ? 20 : 0;
  week.onHand.twoD += twoD;
  week.onHand.threeD += threeD;
  const batch = `WD${date.replaceAll('-', '')}`;
  return {
    at: at(date, 9, 10),
    by: '王芳',
    run: async () => {
      await week.desk.must('tickets.receive', { typeId: week.ticketTypes.twoD, count: twoD, batch });
      if (threeD > 0) {
        await week.desk.must('tickets.receive', { typeId: week.ticketTypes.threeD, count: threeD, batch });
      }
    },
  };
}

/** The day's ticket sales; returns the acts and the cash they bring to the desk, in fen. */
export function ticketSales(week: Week, date: string, prices: { twoD: number; threeD: number }) {
  const { random, desk } = week;
  const acts: Act[] = [];
  let cashFen = 0;
  const count = random.int(3, 8);
  for (let i = 0; i < count; i++) {
    const kind = random.chance(0.7) ? 'twoD' : 'threeD';
    const tickets = random.pick([1, 2, 2, 3, 4]);
    const paymentMethod = random.chance(0.6) ? 'cash' : 'wechat';
    const minute = minuteOf(week, 10 * 60, 16 * 60 + 55);
    if (week.onHand[kind] < tickets) continue;
    week.onHand[kind] -= tickets;
    if (paymentMethod === 'cash') cashFen += tickets * prices[kind];
    acts.push({
      at: moment(date, minute),
      by: '王芳',
      run: async () => {
        await desk.must('tickets.sell', { typeId: week.ticketTypes[kind], count: tickets, paymentMethod });
      },
    });
  }
  return { acts, cashFen };
}

/** A show-flat key lent to a consultant taking customers round, returned within the hour. */
export function keyActs(week: Week, date: string): Act[] {
  const { random, desk } = week;
  const acts: Act[] = [];
  const tags = random.chance(0.5) ? ['YBA', 'YBB'] : ['YBA'];
  tags.forEach((tag, i) => {
    const out = minuteOf(week, 10 * 60 + i * 180, 12 * 60 + i * 180);
    const back = out + random.int(25, 70);
    const consultant = random.pick(CONSULTANTS);
    let copyNo = 1;
    acts.push({
      at: moment(date, out),
      by: '王芳',
      run: async () => {
        const key = await desk.must<KeyView>('keys.issue', {
          tag,
          holder: { kind: 'staff', userId: desk.id(consultant) },
          purpose: '带客看样板房',
          dueBack: moment(date, back + 30).toISOString(),
        });
        copyNo = key.copyStates.find((c) => c.holder?.userId === desk.id(consultant))?.copyNo ?? 1;
      },
    });
    acts.push({
      at: moment(date, back),
      by: '王芳',
      run: async () => {
        await desk.must('keys.return', { tag, copyNo });
      },
    });
  });
  return acts;
}

/** How a ready customer pays the deposit at the sales office (cash goes to the cashier's counter). */
const DEPOSIT_METHODS = ['wechat', 'alipay', 'card', 'transfer', 'cash'] as const;

/**
 * Now and then a unit held for a customer: the desk asks whether a unit is free (the board is the
 * managers', 000:721), requests it with the consultant's PIN, and 李经理 approves; a customer who
 * came ready pays the deposit at once — at the list price, or now and then with a discount the
 * manager approves — and the cashier confirms it; for the others the consultant reports 不定
 * in the afternoon and the manager releases the unit when he comes to close the day
 * (`releasedAtClose`: the close is then the manager's).
 */
export function holdActs(week: Week, date: string): { acts: Act[]; releasedAtClose: boolean } {
  const { random, desk } = week;
  if (!random.chance(0.7)) return { acts: [], releasedAtClose: false };
  const requested = moment(date, minuteOf(week, 10 * 60 + 30, 14 * 60));
  const consultant = random.pick(CONSULTANTS);
  const customer = week.customers.length > 0 ? random.pick(week.customers) : null;
  const name = customer?.name ?? customerName(random);
  const phone = customer?.phone ?? mobile(random);
  const deposit = random.chance(0.5);
  const pickIndex = random.int(0, 100);
  const method = random.pick(DEPOSIT_METHODS);
  const discounted = random.chance(0.3);
  let holdId = 0;
  let depositId = 0;
  const acts: Act[] = [
    {
      at: requested,
      by: '王芳',
      run: async () => {
        const directory = await desk.must<{ units: { id: number }[] }>('units.directory', {});
        const count = directory.units.length;
        for (let tried = 0; tried < Math.min(count, 8); tried++) {
          const unit = directory.units[(pickIndex + tried) % count]!;
          const answer = await desk.must<{ free: boolean }>('holds.ask', { unitId: unit.id });
          if (!answer.free) continue;
          const hold = await desk.must<{ id: number }>('holds.request', {
            unitId: unit.id,
            customerName: name,
            customerPhone: phone,
            consultantId: desk.id(consultant),
            countersign: desk.countersign(consultant),
          });
          holdId = hold.id;
          return;
        }
      },
    },
    {
      at: plusMinutes(requested, 5),
      by: '李经理',
      run: async () => {
        if (!holdId) return;
        const held = await desk.must<{ unitId: number }>('holds.approve', { holdId, minutes: 480 });
        if (!deposit) return;
        const board = await desk.must<{ units: { id: number; listPriceFen: number | null }[] }>(
          'holds.board',
          {},
        );
        const list = board.units.find((u) => u.id === held.unitId)?.listPriceFen ?? 0;
        const no = `${date.replaceAll('-', '')}${String(holdId).padStart(3, '0')}`;
        // a cash deposit is paid at the cashier's counter: she takes it and types her PIN
        const cash = method === 'cash';
        const answer = await desk.must<{ deposit: { id: number } | null }>('holds.deposit', {
          holdId,
          amountFen: 2_000_000,
          method,
          receiptNo: `SJ${no}`,
          agreementNo: `DG${no}`,
          receivedBy: desk.id(cash ? '钱出纳' : consultant),
          ...(cash ? { receiverSign: desk.countersign('钱出纳') } : {}),
          ...(discounted && list > 0
            ? { agreedPriceFen: list - 1_000_000, discount: { reason: '开盘优惠 1 万元（专案经理批准）' } }
            : {}),
        });
        depositId = cash ? 0 : (answer.deposit?.id ?? 0);
      },
    },
  ];
  if (deposit) {
    acts.push({
      at: at(date, 17, 2),
      by: '李经理',
      run: async () => {
        // the cashier checks the day's non-cash deposits against the statement
        if (depositId) {
          await desk.must('holds.confirmDeposit', {
            depositId,
            statementRef: `对账单 ${date}`,
            countersign: desk.countersign('钱出纳'),
          });
        }
      },
    });
  } else {
    acts.push(
      {
        at: at(date, 16, 20),
        by: consultant,
        run: async () => {
          if (holdId) await desk.must('holds.report', { holdId, reason: '客户考虑后暂不定房' });
        },
      },
      {
        at: at(date, 17, 36),
        by: '李经理',
        run: async () => {
          if (holdId) await desk.must('holds.release', { holdId });
        },
      },
    );
  }
  return { acts, releasedAtClose: !deposit };
}
