import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { acknowledgeAsCounted, receptionistAt, startHandover } from '../support/handover';
import { rowCount } from '../support/rows';
import { countersign, demoTypes } from '../support/tickets';

/**
 * "The seller's own sale in the same shift" (SPEC §6) ends when the seller hands the desk over:
 * from the moment the incoming person acknowledges, voiding that sale needs the manager's PIN,
 * even on the same business date and even by the seller.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

test('a seller voids her own sale alone only until her handover is acknowledged', async () => {
  desk = await receptionistAt('2026-11-23T08:00:00.000Z'); // 16:00, the day shift
  const { twoD } = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: twoD, count: 20 });
  const kept = await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
  const early = await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'wechat' });
  // Before her handover: her own sale, her shift, alone.
  await desk.ok('tickets.voidSale', { saleId: early.id, reason: '按错票种' });
  const late = await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'wechat' });

  desk.clock.set('2026-11-23T09:25:00.000Z'); // 17:25
  await desk.signInAs('王芳'); // the desk locked itself meanwhile
  const handover = await startHandover(desk, '陈静');
  // Written but not yet acknowledged: the desk is still hers.
  desk.clock.set('2026-11-23T09:28:00.000Z');
  await desk.ok('tickets.voidSale', { saleId: late.id, reason: '顾客改期' });
  const after = await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'wechat' });
  desk.clock.set('2026-11-23T09:31:00.000Z');
  await acknowledgeAsCounted(desk, handover, '陈静');

  // She comes back to the desk the same evening: her sale is no longer hers to void alone.
  desk.clock.set('2026-11-23T10:00:00.000Z');
  await desk.signInAs('王芳');
  const movements = rowCount(desk, 'ticket_movements');
  expect(await desk.refused('tickets.voidSale', { saleId: after.id, reason: '顾客改期' })).toBe(
    'TICKET_VOID_AFTER_HANDOVER',
  );
  expect(await desk.refused('tickets.voidSale', { saleId: kept.id, reason: '顾客改期' })).toBe(
    'TICKET_VOID_AFTER_HANDOVER',
  );
  expect(rowCount(desk, 'ticket_movements')).toBe(movements);
  const voided = await desk.ok('tickets.voidSale', {
    saleId: after.id,
    reason: '顾客改期',
    countersign: countersign(desk, '李经理'),
  });
  expect(voided).toMatchObject({ kind: 'voided', delta: 3, countersignedByName: '李经理' });
});
