import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

/**
 * The handover as two receptionists do it at 1366×768: the incoming person counts blind, answers
 * every key and letter, sees the differences summarised, and only then types her PIN; and a
 * handover written after the shift change is filed under the outgoing person's ending shift.
 */
const web = useWebHost();
const { rpc, data } = web;
const VIEWPORT = { width: 1366, height: 768 };
const WAIT = { timeout: 15_000 };

/** The local clock time in Shanghai `minutes` from now, as HH:MM. */
function shanghaiClock(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

async function writeHandoverTo(page: Page, to: string): Promise<void> {
  await page.getByRole('menuitem', { name: '交接班' }).click();
  const incoming = page.getByRole('combobox', { name: '接班人' });
  await expect.poll(() => incoming.isVisible(), WAIT).toBe(true);
  await incoming.click();
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '保存交接，请接班人核对' }).click();
  await expect.poll(() => page.getByRole('heading', { name: /^接班核对/ }).isVisible(), WAIT).toBe(true);
}

/** The input's box lies inside the box of the table row that names it. */
async function alignedWithRow(form: Locator, rowName: string, input: Locator): Promise<void> {
  const row = form.getByRole('row').filter({ has: form.page().getByText(rowName, { exact: true }) });
  const [r, i] = [(await row.boundingBox())!, (await input.boundingBox())!];
  expect(i.y, `${rowName}: input top within its row`).toBeGreaterThanOrEqual(r.y);
  expect(i.y + i.height, `${rowName}: input bottom within its row`).toBeLessThanOrEqual(r.y + r.height);
}

test('the incoming person counts blind, answers every key and letter, and confirms the differences before her PIN', async () => {
  const id = await web.staffIds();
  await web.signInOverRpc('王芳', '3333');
  const { types } = await data('tickets.catalogue');
  const twoD = types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E-BLIND' });
  await data('tickets.sell', { typeId: twoD.id, count: 3, paymentMethod: 'cash' });
  await data('keys.issue', { tag: 'QT', holder: { kind: 'staff', userId: id('王芳') }, purpose: '当班' });
  await data('mail.receive', { recipient: '8-1-1201 刘先生', kind: 'letter', count: 2 });
  const cashYuan = ((3 * twoD.priceFen) / 100).toFixed(2);

  const { context, page } = await web.openDesk({ viewport: VIEWPORT });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
  await writeHandoverTo(page, '陈静');
  const form = page.locator('form#handover-ack');

  // blind: every count starts empty and no expected figure is on the form
  const umbrellas = form.getByLabel('雨伞 清点数');
  await expect.poll(() => umbrellas.isVisible(), WAIT).toBe(true);
  expect(await umbrellas.inputValue()).toBe('');
  expect(await form.getByLabel('2D 电影票 清点张数').inputValue()).toBe('');
  expect(await form.getByLabel('清点票款（元）').inputValue()).toBe('');
  expect(await form.getByText(`¥${cashYuan}`).count()).toBe(0);
  expect(await form.getByText('17', { exact: true }).count()).toBe(0);
  // and no PIN before the differences are seen
  expect(await form.getByLabel('陈静 的 PIN').count()).toBe(0);

  // each input sits on the row of what it counts
  for (const item of ['对讲机', '宣传资料', '鞋套', '雨伞'])
    await alignedWithRow(form, item, form.getByLabel(`${item} 清点数`));
  await alignedWithRow(form, '2D 电影票', form.getByLabel('2D 电影票 清点张数'));

  // nothing counted, nothing answered: each line says so, and nothing is signed
  await form.getByRole('button', { name: '核对差异' }).click();
  await expect.poll(() => form.getByText('请填写清点数').first().isVisible(), WAIT).toBe(true);
  expect(await form.getByText('请选择“相符”或“缺失”').count()).toBe(8); // 7 key copies and 1 letter
  const [pending] = await data('handover.log');
  expect(pending!.acknowledgedAt).toBeNull();

  // a typed number is never coerced: 2.5 and -1 are errors beside their fields
  await umbrellas.fill('2.5');
  await form.getByLabel('鞋套 清点数').fill('-1');
  await form.getByRole('button', { name: '核对差异' }).click();
  await expect.poll(() => form.getByText('请输入 0 或正整数').count(), WAIT).toBe(2);

  // the count: one umbrella short, the YBB copy 2 missing from the key box
  const declared = Object.fromEntries(
    (await data('settings.get')).handoverItems.map((i) => [i.name, i.count]),
  );
  for (const item of ['对讲机', '宣传资料', '鞋套'])
    await form.getByLabel(`${item} 清点数`).fill(String(declared[item]));
  await umbrellas.fill(String(declared['雨伞']! - 1));
  // every ticket type is counted, the ones with none left too
  for (const field of await form.getByLabel(/ 清点张数$/).all()) await field.fill('0');
  await form.getByLabel('2D 电影票 清点张数').fill('17');
  await form.getByLabel('清点票款（元）').fill(cashYuan);
  const keyGroups = form.getByRole('radiogroup', { name: /把 核对$/ });
  await expect.poll(() => keyGroups.count()).toBe(7);
  for (const group of await keyGroups.all()) {
    const name = (await group.getAttribute('aria-label')) ?? '';
    await group
      .getByRole('radio', { name: name.startsWith('YBB 样板房 B 钥匙 第 2 把') ? '缺失' : '相符' })
      .check();
  }
  await form
    .getByRole('radiogroup', { name: '8-1-1201 刘先生 信 × 2 核对' })
    .getByRole('radio', { name: '相符' })
    .check();
  await form.getByRole('button', { name: '核对差异' }).click();

  // the summary: the expected figures appear now, with each difference
  const summary = form.getByRole('region', { name: '差异汇总' });
  await expect.poll(() => summary.isVisible(), WAIT).toBe(true);
  await expect.poll(() => summary.getByText('2 处差异').isVisible(), WAIT).toBe(true);
  const umbrellaLine = summary.getByRole('row').filter({ hasText: '雨伞' });
  expect(await umbrellaLine.textContent()).toContain(String(declared['雨伞']));
  expect(
    await summary.getByRole('row').filter({ hasText: 'YBB 样板房 B 钥匙 第2把' }).textContent(),
  ).toContain('缺失');
  // the ledgers move after the review (one more sale): signing is refused, the review is done again
  await data('tickets.sell', { typeId: twoD.id, count: 1, paymentMethod: 'cash' });
  await form.getByLabel('陈静 的 PIN').fill('3344');
  await form.getByRole('button', { name: '确认差异并签收' }).click();
  await expect
    .poll(() => form.getByText(/核对之后台账有变动，现在共有 4 处差异/).isVisible(), WAIT)
    .toBe(true);
  expect(await summary.count()).toBe(0);
  await form.getByLabel('2D 电影票 清点张数').fill('16');
  await form.getByLabel('清点票款（元）').fill(((4 * twoD.priceFen) / 100).toFixed(2));
  await form.getByRole('button', { name: '核对差异' }).click();
  await expect.poll(() => summary.getByText('2 处差异').isVisible(), WAIT).toBe(true);
  expect(await form.getByText(/核对之后台账有变动/).count()).toBe(0);

  const pin = form.getByLabel('陈静 的 PIN');
  await pin.fill('3344');
  const sign = form.getByRole('button', { name: '确认差异并签收' });
  const box = (await sign.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  await sign.click();
  await expect.poll(() => page.getByText(/陈静 已签收 王芳 的交接.*2 处差异/).isVisible(), WAIT).toBe(true);

  const [signed] = await data('handover.log');
  const view = await data('handover.get', { handoverId: signed!.id });
  expect(view.differences.map((d) => [d.section, d.label, d.counted])).toEqual([
    ['item', '雨伞', String(declared['雨伞']! - 1)],
    ['key', 'YBB 样板房 B 钥匙 第2把', '缺失'],
  ]);
  await context.close();

  // the server refuses a key or a letter left unanswered, whatever sends it
  await web.signInOverRpc('刘敏', '4444');
  const next = await data('handover.start', { toUserId: id('陈静'), items: [], notes: '', newTasks: [] });
  const snap = await data('handover.snapshot', {});
  const answer = await rpc('handover.acknowledge', {
    handoverId: next.id,
    countersign: { userId: id('陈静'), secret: '3344' },
    items: [],
    keys: snap.keys.slice(1).map((k) => ({ keyId: k.keyId, copyNo: k.copyNo, confirmed: true })),
    mail: snap.mail.map((m) => ({ mailId: m.mailId, confirmed: true })),
    tickets: snap.tickets.map((t) => ({ typeId: t.typeId, counted: t.expected! })),
    cash: { countedFen: snap.cashExpectedFen! },
    reviewedDifferences: 0,
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'HANDOVER_UNCHECKED' } });
});

test('a handover written after the shift change is filed under the outgoing person’s ending shift', async () => {
  // the day shift ended 81 minutes ago (as at 18:51 after a 17:30 change); the night shift is on
  await web.signInOverRpc('系统管理员', '900000');
  const before = await data('settings.get');
  const change = shanghaiClock(-81);
  await data('settings.update', {
    shifts: [
      { name: '白班', start: shanghaiClock(-81 - 9 * 60), end: change },
      { name: '晚班', start: change, end: shanghaiClock(-81 + 450) },
    ],
  });
  try {
    const { context, page } = await web.openDesk({ viewport: VIEWPORT });
    await signIn(page, '王芳', '3333');
    await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
    await page.getByRole('menuitem', { name: '交接班' }).click();
    await expect.poll(() => page.getByText(/当前班次：晚班/).isVisible(), WAIT).toBe(true);
    const shift = page.getByRole('combobox', { name: '班次' });
    await expect.poll(() => shift.isVisible(), WAIT).toBe(true);
    const chosen = page.locator('.ant-select').filter({ has: shift });
    await expect.poll(() => chosen.textContent(), WAIT).toMatch(/^白班/);
    await writeHandoverTo(page, '陈静');
    await expect.poll(() => page.getByRole('heading', { name: /（白班）/ }).isVisible(), WAIT).toBe(true);
    const [filed] = await data('handover.log');
    expect(filed).toMatchObject({ fromName: '王芳', toName: '陈静', shiftName: '白班' });
    await context.close();
  } finally {
    await web.signInOverRpc('系统管理员', '900000');
    await data('settings.update', { shifts: before.shifts });
  }
});

test('an item left for someone (转交) is kept only with the deputy’s PIN, recorded on the item; a letter needs none', async () => {
  const { context, page } = await web.openDesk({ viewport: VIEWPORT });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
  await page.getByRole('menuitem', { name: '交接班' }).click();
  await page.getByRole('tab', { name: /信报刊/ }).click();

  await page.getByRole('button', { name: '寄存/转交…' }).click();
  const dialog = page.getByRole('dialog', { name: '登记寄存/转交物品' });
  await expect.poll(() => dialog.isVisible(), WAIT).toBe(true);
  const submit = dialog.getByRole('button', { name: '审批并登记' });
  const box = (await submit.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  await dialog.getByRole('radio', { name: '转交' }).check();
  await dialog.getByLabel('交件人').fill('3-2-801 赵女士');
  await dialog.getByLabel('交给（房号 姓名）').fill('5-1-302 孙先生');
  await dialog.getByLabel('物品说明').fill('钥匙扣一个');
  await submit.click();
  await expect.poll(() => dialog.getByText('请填写').first().isVisible(), WAIT).toBe(true);
  await dialog.getByRole('combobox', { name: '审批人' }).click();
  await page.keyboard.type('赵副理');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('审批人 PIN').fill('2222');
  await submit.click();
  await expect.poll(() => dialog.isVisible(), WAIT).toBe(false);
  await expect
    .poll(() => page.getByText('已登记转交：5-1-302 孙先生 · 钥匙扣一个（审批：赵副理）').isVisible(), WAIT)
    .toBe(true);
  const [item] = (await data('mail.list')).filter((m) => m.kind === 'forwarded');
  expect(item).toMatchObject({ leftBy: '3-2-801 赵女士', approvedBy: '赵副理', recipient: '5-1-302 孙先生' });
  await expect
    .poll(
      () => page.getByRole('row').filter({ hasText: '5-1-302 孙先生' }).getByText('赵副理').isVisible(),
      WAIT,
    )
    .toBe(true);
  await context.close();
});
