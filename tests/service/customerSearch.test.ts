import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

async function deskWithCustomers(): Promise<TestDesk> {
  desk = await morningAtDesk();
  await walkIn(desk, { name: '欧阳娜娜', phone: '13812345678' });
  await walkIn(desk, { name: '王先生', phone: '13912340000' });
  await walkIn(desk, { name: 'Anna Smith', phone: '13700005678' });
  await walkIn(desk, { name: '阳光女士' }); // no phone
  return desk;
}

const names = async (query: string) =>
  (await desk.ok('customers.search', { query })).map((c) => c.name).sort();

describe('customer search 客户查询', () => {
  test('by any part of a name: one character, two, or longer', async () => {
    await deskWithCustomers();
    expect(await names('阳')).toEqual(['欧阳娜娜', '阳光女士']);
    expect(await names('欧阳')).toEqual(['欧阳娜娜']);
    expect(await names('阳娜娜')).toEqual(['欧阳娜娜']);
    expect(await names('娜娜')).toEqual(['欧阳娜娜']);
    expect(await names('先生')).toEqual(['王先生']);
    expect(await names('欧阳先生')).toEqual([]); // every piece exists somewhere, the whole does not
    expect(await names('  王  ')).toEqual(['王先生']);
  });

  test('Latin letters match whatever their case', async () => {
    await deskWithCustomers();
    expect(await names('anna')).toEqual(['Anna Smith']);
    expect(await names('SMITH')).toEqual(['Anna Smith']);
    expect(await names('a s')).toEqual(['Anna Smith']);
  });

  test('by the whole phone number, its last four digits, or its first digits', async () => {
    await deskWithCustomers();
    expect(await names('138 1234 5678')).toEqual(['欧阳娜娜']);
    expect(await names('5678')).toEqual(['Anna Smith', '欧阳娜娜']);
    expect(await names('0000')).toEqual(['王先生']);
    expect(await names('13912')).toEqual(['王先生']);
    expect(await names('1234')).toEqual([]); // a tail, not a middle
  });

  test('the newest customers come first and at most 50 answer', async () => {
    desk = await morningAtDesk();
    for (let i = 0; i < 55; i++)
      await walkIn(desk, { name: `张${i}号`, phone: `1350000${String(i).padStart(4, '0')}` });
    const found = await desk.ok('customers.search', { query: '张' });
    expect(found).toHaveLength(50);
    expect(found.map((c) => c.name)).not.toContain('张0号');
    expect(found.map((c) => c.name)).toContain('张54号');
  });

  test('an anonymised customer is found neither by name nor by number, and leaves no piece of the name', async () => {
    await deskWithCustomers();
    desk.clock.advance(400 * 24 * 3600_000);
    await desk.signInAs('李经理');
    await desk.ok('customers.anonymise', { notSeenMonths: 12 });
    expect(await names('欧阳')).toEqual([]);
    expect(await names('5678')).toEqual([]);
    const pieces = desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM customer_name_grams').get() as {
      n: number;
    };
    expect(pieces.n).toBe(0);
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: true });
  });
});
