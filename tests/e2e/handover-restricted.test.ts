import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

/**
 * The incoming person's form at 1366×768 in two office set-ups: the 销控专用抽屉 key stays
 * restricted when it passes with the desk (000:721) — when the outgoing person holds it, a
 * manager's PIN is asked beside her own after the review; and an office that turned the blind
 * count off sees the expected figures beside the (still empty) counts.
 */
const web = useWebHost();
const { data } = web;
const VIEWPORT = { width: 1366, height: 768 };
const WAIT = { timeout: 15_000 };

test('a restricted key held by the outgoing person passes to the incoming one only with the manager’s PIN', async () => {
  const id = await web.staffIds();
  await web.signInOverRpc('王芳', '3333');
  await data('keys.issue', {
    tag: 'XK',
    holder: { kind: 'staff', userId: id('王芳') },
    purpose: '取销控表',
    countersign: { userId: id('李经理'), secret: '1111' },
  });

  const { context, page } = await web.openDesk({ viewport: VIEWPORT });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
  await page.getByRole('menuitem', { name: '交接班' }).click();
  const incoming = page.getByRole('combobox', { name: '接班人' });
  await expect.poll(() => incoming.isVisible(), WAIT).toBe(true);
  await incoming.click();
  await page.keyboard.type('陈静');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '保存交接，请接班人核对' }).click();
  const form = page.locator('form#handover-ack');
  const radios = form.getByRole('radiogroup', { name: /核对$/ });
  await expect.poll(() => radios.count(), WAIT).toBe(7);

  // everything counted as it is and every key seen
  const [pending] = await data('handover.log');
  const view = await data('handover.get', { handoverId: pending!.id });
  const snap = await data('handover.snapshot', { fromId: pending!.fromId });
  for (const item of view.items) await form.getByLabel(`${item.name} 清点数`).fill(String(item.count));
  for (const line of snap.tickets) await form.getByLabel(`${line.name} 清点张数`).fill(String(line.expected));
  await form.getByLabel('清点票款（元）').fill((snap.cashExpectedFen! / 100).toFixed(2));
  for (const group of await radios.all()) await group.getByRole('radio', { name: '相符' }).check();
  await form.getByRole('button', { name: '核对差异' }).click();
  await expect.poll(() => form.getByText('0 处差异').isVisible(), WAIT).toBe(true);

  // the incoming person's PIN alone does not pass the restricted key
  await form.getByLabel('陈静 的 PIN').fill('3344');
  const sign = form.getByRole('button', { name: '确认差异并签收' });
  await sign.click();
  await expect.poll(() => form.getByText('请填写此项').count(), WAIT).toBe(2);
  expect((await data('handover.get', { handoverId: pending!.id })).acknowledgedAt).toBeNull();

  const manager = form.getByRole('combobox', { name: /销控专用抽屉钥匙随班交接/ });
  await manager.click();
  await page.keyboard.type('李经理');
  await page.keyboard.press('Enter');
  await form.getByLabel('经理 PIN').fill('1111');
  const box = (await sign.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
  await sign.click();
  await expect.poll(() => page.getByText(/陈静 已签收 王芳 的交接：0 处差异/).isVisible(), WAIT).toBe(true);

  const xk = (await data('keys.board')).find((k) => k.tag === 'XK')!;
  expect(xk.copyStates[0]!.holder?.name).toBe('陈静');
  const signed = await data('handover.get', { handoverId: pending!.id });
  expect(signed.acknowledgement!.keysPassed.map((k) => k.tag).sort()).toEqual(['XK']);
  await context.close();
});

test('an office that shows the expected figures sees them beside each count; the counts still start empty', async () => {
  await web.signInOverRpc('系统管理员', '900000');
  await data('settings.update', { handoverCountBlind: false });
  try {
    const { context, page } = await web.openDesk({ viewport: VIEWPORT });
    await signIn(page, '陈静', '3344');
    await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
    await page.getByRole('menuitem', { name: '交接班' }).click();
    const incoming = page.getByRole('combobox', { name: '接班人' });
    await expect.poll(() => incoming.isVisible(), WAIT).toBe(true);
    await incoming.click();
    await page.keyboard.type('王芳');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '保存交接，请接班人核对' }).click();
    const form = page.locator('form#handover-ack');
    const umbrellas = form.getByLabel('雨伞 清点数');
    await expect.poll(() => umbrellas.isVisible(), WAIT).toBe(true);
    expect(await umbrellas.inputValue()).toBe('');
    // the expected figures come with the handover's re-read, once the saved form is drawn
    const row = form.getByRole('row').filter({ has: page.getByText('雨伞', { exact: true }) });
    await expect.poll(() => row.textContent(), WAIT).toContain('5');
    await expect.poll(() => form.getByRole('columnheader', { name: '交班数' }).isVisible(), WAIT).toBe(true);
    await expect.poll(() => form.getByRole('columnheader', { name: '账面' }).isVisible(), WAIT).toBe(true);
    await context.close();
  } finally {
    await web.signInOverRpc('系统管理员', '900000');
    await data('settings.update', { handoverCountBlind: true });
  }
});
