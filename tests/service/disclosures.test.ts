import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

const MANAGER = { pin: '1111' };
let desk: TestDesk;
afterEach(async () => desk?.close());

async function customerWithPhone(): Promise<number> {
  const visit = await walkIn(desk, { name: '李女士', phone: '13812345678' });
  return visit.visit.customer.id;
}

const count = () => desk.ledger.sqlite.prepare('SELECT count(*) n FROM phone_disclosures').get();

test('the desk sees a number in full only with the manager’s PIN and a reason, and each look is registered (000:613)', async () => {
  desk = await morningAtDesk();
  const customerId = await customerWithPhone();
  const [masked] = await desk.ok('customers.search', { query: '5678' });
  expect(masked!.phone).toBe('138****5678');

  const manager = desk.userId('李经理');
  const shown = await desk.ok('disclosures.reveal', {
    customerId,
    reason: '客户来电要求回拨，号码登记有误需核对',
    countersign: { userId: manager, secret: MANAGER.pin },
  });
  expect(shown).toEqual({ customerId, phone: '13812345678' });
  // for that view only: the list still answers it masked
  expect((await desk.ok('customers.search', { query: '5678' }))[0]!.phone).toBe('138****5678');
  await desk.ok('disclosures.reveal', {
    customerId,
    reason: '再次核对',
    countersign: { userId: manager, secret: MANAGER.pin },
  });

  await desk.signInAs('李经理');
  const register = await desk.ok('disclosures.register', {});
  expect(register.map((d) => [d.viewerName, d.customerName, d.phoneMasked, d.reason, d.approvedBy])).toEqual([
    ['王芳', '李女士', '138****5678', '再次核对', '李经理'],
    ['王芳', '李女士', '138****5678', '客户来电要求回拨，号码登记有误需核对', '李经理'],
  ]);
  expect(register[0]!.businessDate).toBe('2026-11-23');
});

test('without the PIN, with a wrong PIN, a non-manager or no reason, nothing is shown and nothing written', async () => {
  desk = await morningAtDesk();
  const customerId = await customerWithPhone();
  const before = count();
  const base = { customerId, reason: '核对号码' };
  expect(await desk.untyped.refused('disclosures.reveal', base)).toBe('INVALID_INPUT');
  expect(
    await desk.refused('disclosures.reveal', {
      ...base,
      countersign: { userId: desk.userId('李经理'), secret: '0000' },
    }),
  ).toBe('WRONG_SECRET');
  expect(
    await desk.refused('disclosures.reveal', {
      ...base,
      countersign: { userId: desk.userId('赵副理'), secret: '2222' },
    }),
  ).toBe('COUNTERSIGN_ROLE');
  expect(
    await desk.untyped.refused('disclosures.reveal', {
      ...base,
      reason: ' ',
      countersign: { userId: desk.userId('李经理'), secret: '1111' },
    }),
  ).toBe('INVALID_INPUT');
  expect(count()).toEqual(before);
});

test('only the manager (and the admin) read the register; a consultant asks for a number like the desk', async () => {
  desk = await morningAtDesk();
  const customerId = await customerWithPhone();
  expect(await desk.refused('disclosures.register', {})).toBe('FORBIDDEN');
  await desk.signInAs('孙丽');
  const shown = await desk.ok('disclosures.reveal', {
    customerId,
    reason: '同事休假，客户托我回电',
    countersign: { userId: desk.userId('李经理'), secret: '1111' },
  });
  expect(shown.phone).toBe('13812345678');
});
