import { afterEach, describe, expect, test } from 'vitest';
import { DEPOSIT_METHODS } from '../../shared/domain/vocab';
import { testDesk, type TestDesk } from '../support/desk';
import { boardUnit, depositInput, heldUnit, requestAs, unitByRoom } from '../support/holds';
import { rowCount } from '../support/rows';

/**
 * The money of a reservation: deposits 定金 with the agreed price (000:639, 000:755, 004:461),
 * confirmed by the cashier (000:595-597), refunds 退定 paid within a week (000:45), and the
 * consultant's 不定 report the manager acts on (000:641-643).
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY = 24 * 60 * 60_000;
const CASHIER_PIN = (d: TestDesk) => ({ userId: d.userId('钱出纳'), secret: '6666' });
const MANAGER_PIN = (d: TestDesk) => ({ userId: d.userId('李经理'), secret: '1111' });

/** What each table of the money holds, to prove a refusal wrote nothing. */
function moneyRows(d: TestDesk) {
  return ['hold_events', 'hold_deposits', 'deposit_confirmations', 'hold_refunds', 'refund_events'].map((t) =>
    rowCount(d, t),
  );
}

async function cashOf(d: TestDesk, name: string): Promise<number> {
  const { people } = await d.ok('cash.balances');
  return people.find((p) => p.name === name)?.balanceFen ?? 0;
}

describe('deposits 定金', () => {
  test('each method: cash goes into the receiver’s custody, the others wait for the cashier', async () => {
    desk = await testDesk();
    const rooms = ['101', '102', '103', '104', '201'];
    const expectedCash = { 王芳: 0 };
    for (const [i, method] of DEPOSIT_METHODS.entries()) {
      const held = await heldUnit(desk, rooms[i]);
      const amountFen = 1_000_000 + i * 100_000;
      const input = {
        ...depositInput(desk, held.id, amountFen, `SJ-${method}`),
        method,
        receivedBy: desk.userId('王芳'),
        receiverSign: { userId: desk.userId('王芳'), secret: '3333' },
      };
      const reserved = await desk.ok('holds.deposit', input);
      expect(reserved.state).toBe('reserved');
      expect(reserved.deposit).toMatchObject({
        method,
        amountFen,
        receivedByName: '王芳',
        agreementNo: `DG-SJ-${method}`,
        discountFen: 0,
        state: method === 'cash' ? 'with_receiver' : 'to_confirm',
      });
      if (method === 'cash') expectedCash.王芳 += amountFen;
    }
    await desk.signInAs('钱出纳');
    expect(await cashOf(desk, '王芳')).toBe(expectedCash.王芳);
    const toConfirm = await desk.ok('holds.deposits', { state: 'to_confirm' });
    expect(toConfirm.map((d) => d.method).sort()).toEqual(['alipay', 'card', 'transfer', 'wechat']);
    const withReceiver = await desk.ok('holds.deposits', { state: 'with_receiver' });
    expect(withReceiver.map((d) => d.receiptNo)).toEqual(['SJ-cash']);

    // The cash is the receiver's to hand in with her takings: the cashier cannot tick it off here.
    expect(await desk.refused('holds.confirmDeposit', { depositId: withReceiver[0]!.id })).toBe(
      'DEPOSIT_CASH_WITH_RECEIVER',
    );
    const wechat = toConfirm.find((d) => d.method === 'wechat')!;
    const confirmed = await desk.ok('holds.confirmDeposit', { depositId: wechat.id, statementRef: 'WX-88' });
    expect(confirmed).toMatchObject({ state: 'confirmed', confirmedByName: '钱出纳', statementRef: 'WX-88' });
    expect(await desk.refused('holds.confirmDeposit', { depositId: wechat.id })).toBe(
      'DEPOSIT_ALREADY_CONFIRMED',
    );

    // At the desk's PC, signed in as the manager: the cashier's PIN in the dialog, or nothing.
    await desk.signInAs('李经理');
    const card = toConfirm.find((d) => d.method === 'card')!;
    expect(await desk.refused('holds.confirmDeposit', { depositId: card.id })).toBe('CASHIER_REQUIRED');
    const before = rowCount(desk, 'deposit_confirmations');
    expect(
      await desk.refused('holds.confirmDeposit', {
        depositId: card.id,
        countersign: { userId: desk.userId('钱出纳'), secret: '0000' },
      }),
    ).not.toBe('');
    expect(rowCount(desk, 'deposit_confirmations')).toBe(before);
    const byPin = await desk.ok('holds.confirmDeposit', {
      depositId: card.id,
      countersign: CASHIER_PIN(desk),
    });
    expect(byPin.confirmedByName).toBe('钱出纳');
  });

  test('the agreed price is the list price; a discount needs a reason and the manager', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk, '101');
    const list = (await boardUnit(desk, held.unitId)).listPriceFen!;
    expect(list).toBeGreaterThan(100_000);
    await desk.signInAs('赵副理');
    const base = depositInput(desk, held.id, 2_000_000, 'SJ-1');
    const rows = moneyRows(desk);

    expect(await desk.refused('holds.deposit', { ...base, agreedPriceFen: list + 1 })).toBe(
      'DEPOSIT_ABOVE_LIST',
    );
    expect(await desk.refused('holds.deposit', { ...base, agreedPriceFen: list - 100_000 })).toBe(
      'DEPOSIT_DISCOUNT_UNAPPROVED',
    );
    expect(
      await desk.refused('holds.deposit', {
        ...base,
        agreedPriceFen: list - 100_000,
        discount: { reason: '老带新' },
      }),
    ).toBe('DEPOSIT_DISCOUNT_UNAPPROVED');
    expect(
      await desk.refused('holds.deposit', {
        ...base,
        agreedPriceFen: list - 100_000,
        discount: { reason: '老带新', countersign: { userId: desk.userId('李经理'), secret: '9999' } },
      }),
    ).not.toBe('');
    expect(await desk.refused('holds.deposit', { ...base, amountFen: list + 1 })).toBe('DEPOSIT_OVER_PRICE');
    expect(moneyRows(desk)).toEqual(rows);

    const reserved = await desk.ok('holds.deposit', {
      ...base,
      agreedPriceFen: list - 100_000,
      discount: { reason: '老带新', countersign: MANAGER_PIN(desk) },
    });
    expect(reserved.deposit).toMatchObject({
      listPriceFen: list,
      agreedPriceFen: list - 100_000,
      discountFen: 100_000,
      approvedByName: '李经理',
      discountReason: '老带新',
    });

    // The manager recording it approves it himself, with the reason.
    const second = await heldUnit(desk, '102');
    const list2 = (await boardUnit(desk, second.unitId)).listPriceFen!;
    const other = { ...depositInput(desk, second.id, 1_000_000, 'SJ-2'), agreedPriceFen: list2 - 1 };
    expect(await desk.refused('holds.deposit', other)).toBe('DEPOSIT_DISCOUNT_UNAPPROVED');
    const own = await desk.ok('holds.deposit', { ...other, discount: { reason: '尾差抹零' } });
    expect(own.deposit).toMatchObject({ discountFen: 1, approvedByName: '李经理' });
  });

  test('on a unit not held, a receipt or agreement used twice, a cash receiver without her PIN: nothing written', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '301');
    const pending = await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('李经理');
    const rows = moneyRows(desk);
    expect(await desk.refused('holds.deposit', depositInput(desk, pending.id, 100_000, 'SJ-P'))).toBe(
      'HOLD_NOT_HELD',
    );
    expect(moneyRows(desk)).toEqual(rows);

    const held = await heldUnit(desk, '302');
    await desk.ok('holds.deposit', depositInput(desk, held.id, 100_000, 'SJ-A'));
    const next = await heldUnit(desk, '303');
    const after = moneyRows(desk);
    expect(await desk.refused('holds.deposit', depositInput(desk, next.id, 100_000, 'SJ-A'))).toBe(
      'HOLD_RECEIPT_TAKEN',
    );
    expect(
      await desk.refused('holds.deposit', {
        ...depositInput(desk, next.id, 100_000, 'SJ-B'),
        agreementNo: 'DG-SJ-A',
      }),
    ).toBe('DEPOSIT_AGREEMENT_TAKEN');
    const cash = { ...depositInput(desk, next.id, 100_000, 'SJ-C'), method: 'cash' as const };
    // The manager keeps no ticket cash: cash is received by a keeper, with her own PIN.
    expect(await desk.refused('holds.deposit', cash)).toBe('DEPOSIT_CASH_RECEIVER');
    expect(await desk.refused('holds.deposit', { ...cash, receivedBy: desk.userId('王芳') })).toBe(
      'DEPOSIT_RECEIVER_PIN',
    );
    expect(moneyRows(desk)).toEqual(after);
  });
});

describe('refunds 退定', () => {
  async function cancelled(d: TestDesk, room: string, refundFen: number) {
    const held = await heldUnit(d, room);
    await d.ok('holds.deposit', depositInput(d, held.id, 2_000_000, `SJ-${room}`));
    return d.ok('holds.cancel', { holdId: held.id, refundFen, reason: '客户退定' });
  }

  test('approved by the cancelling manager, due in 7 days, paid once by the cashier, the customer told', async () => {
    desk = await testDesk();
    const hold = await cancelled(desk, '101', 2_000_000);
    expect(hold.state).toBe('cancelled');
    expect(hold.refund).toMatchObject({
      amountFen: 2_000_000,
      approvedByName: '李经理',
      reason: '客户退定',
      state: 'due',
      paid: null,
      told: null,
    });
    // Due a week (the setting's default) after the business date of the cancellation.
    const [cancel] = await desk.ok('holds.register', { kind: 'cancelled' });
    const week = new Date(`${cancel!.businessDate}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() + 7);
    expect(hold.refund!.dueDate).toBe(week.toISOString().slice(0, 10));

    // Nothing to return: no refund is opened.
    const none = await cancelled(desk, '102', 0);
    expect(none.refund).toBeNull();
    expect(rowCount(desk, 'hold_refunds')).toBe(1);

    const [line] = await desk.ok('holds.refunds', { open: true });
    expect(line).toMatchObject({ id: hold.refund!.id, receiptNo: 'SJ-101', customerName: '王先生' });

    // The consultant whose customer it is tells them; the cashier pays.
    await desk.signInAs('张伟');
    const told = await desk.ok('holds.refundTold', { refundId: line!.id, note: '电话通知来售楼处领款' });
    expect(told.told).toMatchObject({ byName: '张伟', note: '电话通知来售楼处领款' });
    expect(await desk.refused('holds.refundTold', { refundId: line!.id })).toBe('REFUND_ALREADY_TOLD');
    expect(
      await desk.refused('holds.payRefund', { refundId: line!.id, method: 'cash', reference: 'x' }),
    ).toBe('FORBIDDEN');

    await desk.signInAs('李经理');
    expect(
      await desk.refused('holds.payRefund', { refundId: line!.id, method: 'transfer', reference: 'TX-1' }),
    ).toBe('CASHIER_REQUIRED');
    const paid = await desk.ok('holds.payRefund', {
      refundId: line!.id,
      method: 'transfer',
      reference: 'TX-1',
      countersign: CASHIER_PIN(desk),
    });
    expect(paid).toMatchObject({
      state: 'paid',
      paid: { cashierName: '钱出纳', method: 'transfer', reference: 'TX-1' },
    });
    await desk.signInAs('钱出纳');
    const rows = moneyRows(desk);
    expect(
      await desk.refused('holds.payRefund', { refundId: line!.id, method: 'cash', reference: 'again' }),
    ).toBe('REFUND_ALREADY_PAID');
    expect(moneyRows(desk)).toEqual(rows);
    expect(await desk.ok('holds.refunds', { open: true })).toEqual([]);
  });

  test('a refund above the deposit is refused; overdue refunds remind the manager once a day until paid', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk, '101');
    await desk.ok('holds.deposit', depositInput(desk, held.id, 500_000, 'SJ-1'));
    const rows = moneyRows(desk);
    expect(await desk.refused('holds.cancel', { holdId: held.id, refundFen: 500_001, reason: 'x' })).toBe(
      'HOLD_REFUND_TOO_LARGE',
    );
    expect(moneyRows(desk)).toEqual(rows);
    const hold = await desk.ok('holds.cancel', { holdId: held.id, refundFen: 500_000, reason: '客户退定' });
    const due = hold.refund!.dueDate;

    const reminders = async () => {
      await desk.signInAs('李经理');
      return (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'refund_overdue').length;
    };
    // The days pass; the screen locks while nobody is at it, so the manager signs in again.
    const later = async (days: number) => {
      desk.clock.advance(days * DAY);
      await desk.signInAs('李经理');
    };
    expect((await desk.ok('holds.overdueRefunds')).due).toBe(0);
    // Up to the due date it is due; the day after, overdue: one reminder that day, however often asked.
    await later(7);
    expect((await desk.ok('holds.refunds', { open: true }))[0]!.dueDate).toBe(due);
    expect((await desk.ok('holds.overdueRefunds')).due).toBe(0);
    await later(1);
    expect((await desk.ok('holds.overdueRefunds')).due).toBe(1);
    expect((await desk.ok('holds.remindOverdueRefunds')).reminded).toBe(1);
    expect((await desk.ok('holds.remindOverdueRefunds')).reminded).toBe(0);
    expect(await reminders()).toBe(1);
    const [late] = await desk.ok('holds.refunds', { open: true });
    expect(late).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    await later(1);
    expect((await desk.ok('holds.remindOverdueRefunds')).reminded).toBe(1);
    expect(await reminders()).toBe(2);

    // Paid late: no more reminders.
    await desk.ok('holds.payRefund', {
      refundId: late!.id,
      method: 'cash',
      reference: '现金退款单 001',
      countersign: CASHIER_PIN(desk),
    });
    await later(1);
    expect((await desk.ok('holds.overdueRefunds')).due).toBe(0);
    expect(await reminders()).toBe(2);
  });
});

describe('不定: the consultant reports, the manager releases in one step', () => {
  test('reported with a reason, the managers told; released with that reason; refusals', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk, '101');
    await desk.signInAs('孙丽');
    expect(await desk.refused('holds.report', { holdId: held.id, reason: '客户不定' })).toBe('HOLD_NOT_OWN');
    await desk.signInAs('张伟');
    expect(await desk.untyped.refused('holds.report', { holdId: held.id, reason: '  ' })).not.toBe('');
    const reported = await desk.ok('holds.report', { holdId: held.id, reason: '客户考虑后暂不定房' });
    expect(reported.reported).toMatchObject({ byName: '张伟', reason: '客户考虑后暂不定房' });
    expect(reported.state).toBe('held');
    expect(await desk.refused('holds.report', { holdId: held.id, reason: '再报' })).toBe(
      'HOLD_ALREADY_REPORTED',
    );

    for (const name of ['李经理', '赵副理']) {
      await desk.signInAs(name);
      const notes = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'hold_no_deposit');
      expect(
        notes.map((n) => n.params),
        name,
      ).toEqual([{ unit: '1栋-1单元-101', consultant: '张伟', reason: '客户考虑后暂不定房' }]);
    }
    await desk.signInAs('李经理');
    expect((await desk.ok('holds.reports')).map((h) => h.id)).toEqual([held.id]);
    const released = await desk.ok('holds.release', { holdId: held.id });
    expect(released.state).toBe('released');
    expect(await desk.ok('holds.reports')).toEqual([]);
    const events = await desk.ok('holds.register', {});
    const kinds = events.filter((e) => e.holdId === held.id).map((e) => [e.kind, e.reason]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['reported', '客户考虑后暂不定房'],
        ['released', '客户考虑后暂不定房'],
      ]),
    );

    // A reserved hold has its deposit: there is nothing to report.
    const second = await heldUnit(desk, '102');
    await desk.ok('holds.deposit', depositInput(desk, second.id, 100_000, 'SJ-2'));
    await desk.signInAs('张伟');
    expect(await desk.refused('holds.report', { holdId: second.id, reason: '不定' })).toBe(
      'HOLD_NOT_REPORTABLE',
    );
  });
});
