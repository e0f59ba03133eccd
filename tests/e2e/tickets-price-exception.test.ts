import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAndWait as signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** The desk's screen. */
const VIEWPORT = { width: 1366, height: 768 };
/** The machine is shared; a PIN check (scrypt) may take a few seconds. */
const WAIT = { timeout: 15_000 };

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Whether an element is wholly on the screen with the page at its top (no scrolling needed). */
async function onScreen(page: Page, element: Locator): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await element.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

test('a sale at another price: refused without a reason or with a wrong PIN, sold with the manager’s PIN, listed as an exception', async () => {
  const { context, page } = await web.openDesk({ viewport: VIEWPORT });
  await signIn(page, '王芳', '3333');
  await page.getByRole('navigation', { name: '主导航' }).getByText('电影票', { exact: true }).click();
  const receive = page.getByRole('form', { name: '影院送票入库' });
  await choose(page, receive, '票种', '2D 电影票');
  await receive.getByLabel('张数').fill('20');
  await receive.getByRole('button', { name: '入库' }).click();
  await expect.poll(() => page.getByText('已入库 20 张 2D 电影票').isVisible(), WAIT).toBe(true);

  const sale = page.getByRole('form', { name: '快速售票' });
  await choose(page, sale, '票种', '2D 电影票');
  await sale.getByRole('checkbox', { name: '价格不同' }).check();
  const exception = sale.getByRole('group', { name: '例外价格' });
  await expect
    .poll(() => exception.getByText('目录价 ¥35.00，另价出售需经理同意').isVisible(), WAIT)
    .toBe(true);
  await sale.getByLabel('张数').fill('2');
  await exception.getByLabel('实售单价（元）').fill('1.5e1');
  await sale.getByRole('button', { name: '确认售出（Enter）' }).click();
  await expect
    .poll(() => exception.getByText('请输入大于 0 的金额，最多两位小数').isVisible(), WAIT)
    .toBe(true);
  await exception.getByLabel('实售单价（元）').fill('30.00');
  await exception.getByLabel('另价原因').fill('团购');
  await choose(page, exception, '同意的经理', '李经理');
  await expect
    .poll(() => exception.getByText('李经理 还可输错 5 次，之后将被锁定').isVisible(), WAIT)
    .toBe(true);
  await exception.getByLabel('经理 PIN').fill('0000');
  // the whole exception and the sale button fit the desk's screen
  await expect.poll(() => onScreen(page, sale.getByRole('button', { name: '确认售出（Enter）' }))).toBe(true);
  await expect.poll(() => onScreen(page, exception.getByLabel('经理 PIN'))).toBe(true);
  await exception.getByLabel('经理 PIN').press('Enter');
  await expect
    .poll(
      () =>
        page
          .getByText(/PIN 或密码错误/)
          .first()
          .isVisible(),
      WAIT,
    )
    .toBe(true);
  expect((await data('tickets.movements', {})).filter((m) => m.kind === 'sold')).toEqual([]);

  await exception.getByLabel('经理 PIN').fill('1111');
  await exception.getByLabel('经理 PIN').press('Enter');
  await expect.poll(() => page.getByText('已售出 2 张 2D 电影票，¥60.00').isVisible(), WAIT).toBe(true);
  await expect.poll(() => sale.getByRole('checkbox', { name: '价格不同' }).isChecked(), WAIT).toBe(false);
  const [sold] = (await data('tickets.movements', {})).filter((m) => m.kind === 'sold');
  expect(sold).toMatchObject({ unitPriceFen: 3000, amountFen: 6000, reason: '团购' });
  await context.close();
});
