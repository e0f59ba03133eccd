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
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/**
 * A stand-in keeps the takings overnight (000:605): the close at 1366x768 says who carries what,
 * does not wait for it, and the sheet shows it as 留存 by name.
 */
test('the stand-in’s cash is carried overnight and the day closes', async () => {
  await web.startTheDay();
  const twoD = (await data('tickets.catalogue')).types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 2, paymentMethod: 'cash' }); // 王芳 ¥70.00
  await web.signInOverRpc('刘敏', '4444');
  await data('tickets.sell', { typeId: twoD.id, count: 1, paymentMethod: 'cash' }); // 刘敏 ¥35.00

  const { context, page } = await web.openDesk({ viewport: { width: 1366, height: 768 } });
  await signIn(page, '王芳', '3333');
  const date = await openTheClose(page);
  await countStock(page, { '2D 电影票': 17, '3D 电影票': 0 });

  // Blind counts: who still holds cash, not how much; what the stand-in carries is said in full.
  await expect.poll(() => page.getByText('仍有票款未交出纳：王芳').isVisible()).toBe(true);
  await expect
    .poll(() => page.getByText('替班人留存过夜、次日交前台（不影响日结）：刘敏 ¥35.00').isVisible())
    .toBe(true);
  await handCashToCashier(page, { '¥50.00': 1, '¥20.00': 1 });
  await expect.poll(() => page.getByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）').isVisible()).toBe(true);
  await nextStep(page);
  await passNoTakings(page);
  await passKeys(page);
  await signClosingCheck(page);
  await nextStep(page);
  await signTheClose(page, date);

  const sheet = await data('exports.daySheet', { date });
  expect(sheet.close!.carried).toEqual([{ name: '刘敏', amountFen: 3500 }]);
  await context.close();
});
