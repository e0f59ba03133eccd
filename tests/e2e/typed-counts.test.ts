import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** What people type into a count besides a count. */
const NOT_COUNTS = ['-2', '0', '1.5', 'abc', '', '99999999', '🎫'];

/** The message beside a form field, by the field's label. */
async function messageBeside(page: Page, label: string): Promise<string> {
  const item = page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  const explain = item.locator('.ant-form-item-explain');
  await expect.poll(() => explain.isVisible()).toBe(true);
  return (await explain.textContent()) ?? '';
}

test('the quick sale refuses every count that is not one, beside the field, and sells nothing', async () => {
  await web.startTheDay();
  const twoD = (await data('tickets.catalogue')).types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E' });
  const movementsBefore = (await data('tickets.movements', { limit: 500 })).length;

  const { context, page } = await web.openDesk({ viewport: { width: 1366, height: 768 } });
  await signIn(page, '王芳', '3333');
  await page
    .getByRole('menuitem', { name: /电影票/ })
    .first()
    .click();
  // The sale form's own count: the page has two (receiving stock has one), and the sale form is
  // drawn only once the ticket types are known, so "the first" was at times the receiving form's
  // when typed into and the sale form's when Enter was pressed (a sale of 1 after typing -2).
  const count = page.getByRole('form', { name: '快速售票' }).getByLabel('张数', { exact: true });
  await expect.poll(() => count.isVisible()).toBe(true);
  for (const typed of NOT_COUNTS) {
    await count.fill(typed);
    await count.press('Enter');
    expect(await messageBeside(page, '张数'), `typed ${JSON.stringify(typed)}`).toMatch(/\S/);
    // Nothing was sold: the register has not moved and the stock is whole.
    expect((await data('tickets.movements', { limit: 500 })).length, `typed ${JSON.stringify(typed)}`).toBe(
      movementsBefore,
    );
    expect(await count.inputValue(), 'the field keeps what was typed').toBe(typed);
  }
  // A count is sold as typed.
  await count.fill('2');
  await count.press('Enter');
  await expect
    .poll(async () => (await data('tickets.movements', { limit: 500 })).length)
    .toBe(movementsBefore + 1);
  const [sale] = await data('tickets.movements', { limit: 1 });
  expect(sale).toMatchObject({ kind: 'sold', delta: -2 });
  await context.close();
});

test('the close refuses stock counts and cash pieces that are not counts, and writes nothing', async () => {
  await web.startTheDay();
  const twoD = (await data('tickets.catalogue')).types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 2, paymentMethod: 'cash' });
  const { businessDate } = await data('dayclose.prepare', {});

  const { context, page } = await web.openDesk({ viewport: { width: 1366, height: 768 } });
  await signIn(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '日结', exact: true }).click();
  const stock = page.getByLabel('2D 电影票 实点数');
  await expect.poll(() => stock.isVisible()).toBe(true);
  await page.getByLabel('3D 电影票 实点数').fill('0');
  for (const typed of ['-1', '2.5', 'abc', '']) {
    await stock.fill(typed);
    await stock.press('Enter');
    expect(await messageBeside(page, '2D 电影票 实点数'), `typed ${JSON.stringify(typed)}`).toMatch(/\S/);
    expect(await page.getByLabel('¥50.00 张数').count(), 'still on the stock step').toBe(0);
  }
  // the drawer as it is (blind counts: a count that differs would first show the ledger's figures)
  const onHand = (await data('tickets.stock', {})).find((l) => l.typeId === twoD.id)!.onHand;
  await stock.fill(String(onHand));
  await stock.press('Enter');
  const fifty = page.getByLabel('¥50.00 张数');
  await expect.poll(() => fifty.isVisible()).toBe(true);
  for (const typed of ['-3', '1.5', 'x']) {
    await fifty.fill(typed);
    await page.getByRole('button', { name: '清点并交出纳' }).click();
    expect(await messageBeside(page, '¥50.00 张数'), `typed ${JSON.stringify(typed)}`).toMatch(/\S/);
  }
  expect(await data('dayclose.record', { businessDate })).toBeNull();
  await context.close();
});
