import { expect } from 'vitest';
import { RUNNING_BALANCES } from '../../electron/core/audit/runningBalances';
import type { TestDesk } from './desk';
import { seeded } from './seeded';
import { countersign, demoTypes } from './tickets';

export type Rows = Record<string, unknown[]>;

export function balanceRows(d: TestDesk): Rows {
  return Object.fromEntries(
    RUNNING_BALANCES.map((b) => [
      b.table,
      d.ledger.sqlite.prepare(`SELECT * FROM ${b.table} ORDER BY 1`).all(),
    ]),
  );
}

/** The sums an auditor would take by hand, per balance, keyed like the balance rows. */
export function summedByHand(d: TestDesk): Rows {
  return Object.fromEntries(
    RUNNING_BALANCES.map((b) => [
      b.table,
      d.ledger.sqlite
        .prepare(
          `SELECT ${b.key}, sum(${b.delta}) AS ${b.amount}, max(id) AS last_id FROM ${b.source} GROUP BY ${b.key} ORDER BY 1`,
        )
        .all(),
    ]),
  );
}

/** A busy desk: every kind of movement, refusals among them, in a seeded random order. */
export async function busySequence(
  d: TestDesk,
  seed: number,
  steps: number,
  check: (refused: boolean) => void,
) {
  const types = await demoTypes(d);
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sales: { id: number; seller: string }[] = [];
  let who = '';
  const as = async (name: string) => {
    if (who !== name) await d.signInAs(name);
    who = name;
  };
  for (let step = 0; step < steps; step++) {
    const op = pick([
      'receive',
      'sell',
      'sell',
      'sell',
      'oversell',
      'void',
      'return',
      'adjust',
      'transfer',
      'cashier',
      'float',
    ]);
    const typeId = pick([types.twoD, types.threeD]);
    const seller = pick(['王芳', '刘敏'] as const);
    const count = 1 + Math.floor(rnd() * 6);
    let res: { ok: boolean; data?: unknown };
    if (op === 'receive') {
      await as('王芳');
      res = await d.router.call('tickets.receive', { typeId, count });
    } else if (op === 'sell') {
      await as(seller);
      const paymentMethod = pick(['cash', 'cash', 'wechat', 'card']);
      res = await d.router.call('tickets.sell', { typeId, count, paymentMethod });
      if (res.ok) sales.push({ id: (res.data as { id: number }).id, seller });
    } else if (op === 'oversell') {
      await as(seller);
      res = await d.router.call('tickets.sell', { typeId, count: 10_000, paymentMethod: 'cash' });
      expect(res).toMatchObject({ ok: false, error: { code: 'TICKET_STOCK_SHORT' } });
    } else if (op === 'void' && sales.length > 0) {
      const sale = sales.splice(Math.floor(rnd() * sales.length), 1)[0]!;
      await as(sale.seller);
      res = await d.router.call('tickets.voidSale', {
        saleId: sale.id,
        reason: '随机作废',
        countersign: countersign(d, '李经理'),
      });
    } else if (op === 'return') {
      await as('王芳');
      res = await d.router.call('tickets.returnToCinema', { typeId, count });
    } else if (op === 'adjust') {
      await as('王芳');
      res = await d.router.call('tickets.adjust', {
        typeId,
        countedOnHand: Math.floor(rnd() * 20),
        reason: '盘点',
        countersign: countersign(d, '李经理'),
      });
    } else if (op === 'transfer') {
      await as('刘敏');
      res = await d.router.call('cash.transfer', {
        amountFen: 1 + Math.floor(rnd() * 20000),
        countersign: countersign(d, '王芳'),
      });
    } else if (op === 'cashier') {
      await as('王芳');
      res = await d.router.call('cash.handToCashier', {
        countedFen: Math.floor(rnd() * 30000),
        explanation: '清点差异',
        countersign: countersign(d, '钱出纳'),
      });
    } else if (op === 'float') {
      await as('李经理');
      res = await d.router.call('cash.setFloat', {
        amountFen: Math.floor(rnd() * 3) * 10000,
        reason: '备用金',
      });
    } else {
      continue;
    }
    check(!res.ok);
  }
}
