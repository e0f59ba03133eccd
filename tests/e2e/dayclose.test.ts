import { expect, test } from 'vitest';
import {
  countStock,
  handCashToCashier,
  nextStep,
  openTheClose,
  passKeys,
  passNoTakings,
  signClosingCheck,
  signTheClose,
} from './support/closeWalk';
import { signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;

test('a day at the desk ends in the close; the closed day refuses a write; the manager reopens it', async () => {
  const { context, page } = await web.openDesk({ viewport: { width: 1360, height: 900 } });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '日结', exact: true }).isVisible()).toBe(true);

  // The day at the desk (through the same host, as 王芳): tickets in and two sold for cash, a visitor.
  const types = await data('tickets.catalogue');
  const twoD = types.types.find((t) => t.name === '2D 电影票')!.id;
  await data('tickets.receive', { typeId: twoD, count: 20, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' });
  const idOf = await web.staffIds();
  await data('rotation.setOrder', { consultantIds: [idOf('张伟'), idOf('孙丽')] });
  await data('visits.record', { customerName: '陈先生', channel: '路过' });

  // The guided close, step by step; counts are blind: the ledger's figures come after.
  const date = await openTheClose(page);
  expect(await page.getByText(/盲点：先按抽屉实物清点/).isVisible()).toBe(true);
  await countStock(page, { '2D 电影票': 18, '3D 电影票': 0 });

  await expect.poll(() => page.getByText('仍有票款未交出纳：王芳').isVisible()).toBe(true);
  expect(await page.getByText('账面金额').count()).toBe(0);
  await handCashToCashier(page, { '¥50.00': 1, '¥20.00': 1 });
  await expect.poll(() => page.getByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）').isVisible()).toBe(true);
  await nextStep(page);
  await passNoTakings(page);
  await passKeys(page);
  await signClosingCheck(page);
  await expect.poll(() => page.getByText('陈先生 · 张伟').isVisible()).toBe(true);
  await screenshot(page, 'dayclose-review');
  await nextStep(page);
  await signTheClose(page, date);
  await screenshot(page, 'dayclose');

  // A write into the closed day is refused and writes nothing.
  const refused = await rpc('dayclose.countCash', {
    businessDate: date,
    pieces: {},
    countersign: { userId: idOf('钱出纳'), secret: '6666' },
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED' } });
  expect(!refused.ok && refused.error.message).toContain(`${date} 已日结`);

  // The manager reopens it, with a reason; the reopening is recorded.
  await rpc('auth.signOut');
  await page.reload();
  await signIn(page, '李经理', '1111');
  // The manager's home shows the date the desk now writes into, and that the clock's is closed.
  await page.getByRole('menuitem', { name: '首页', exact: true }).click();
  await expect
    .poll(() => page.getByText(`（${date} 已日结，现在登记的内容记入此营业日）`).isVisible())
    .toBe(true);
  await page.getByRole('menuitem', { name: '日结', exact: true }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: date, exact: true }) });
  await expect.poll(() => row.getByText('已日结').isVisible()).toBe(true);
  await row.getByRole('button', { name: /重\s?开/ }).click();
  await page.getByLabel('重开原因').fill('漏记一笔售票');
  await page.getByLabel('重开原因').press('Enter');
  await expect.poll(() => row.getByText('已重开').isVisible()).toBe(true);
  await expect.poll(() => row.getByText(/李经理：漏记一笔售票/).isVisible()).toBe(true);
  const record = await data('dayclose.record', {
    businessDate: date,
  });
  expect(record).toMatchObject({
    status: 'reopened',
    reopenings: [{ by: '李经理', reason: '漏记一笔售票' }],
  });
  await context.close();
});
