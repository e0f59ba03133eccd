import { describe, expect, test } from 'vitest';
import { mainNav, signIn, signInAndWait } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc } = web;

const newDesk = (options: { clock?: boolean } = {}) => web.openDesk(options);

const desk = mainNav;

describe('the web host', () => {
  test('prints its URL line within seconds on a fresh data folder', () => {
    expect(web.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S{20,}$/);
    console.log(`web host ready in ${web.startupMs} ms`);
    expect(web.startupMs).toBeLessThan(60_000); // generous bound for a loaded CI machine; typically ~3 s
  });

  test('refuses every call without the token; lists channels with schemas with it', async () => {
    const refused = await fetch(`${web.host.origin}/rpc/auth.roster`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'TOKEN_REQUIRED' } });
    const listing = await fetch(`${web.host.origin}/rpc`, {
      headers: { 'x-sitedesk-token': web.host.token },
    });
    const body = (await listing.json()) as {
      ok: boolean;
      data: { channel: string; access: unknown; input: object }[];
    };
    expect(body.ok).toBe(true);
    expect(body.data.find((c) => c.channel === 'users.create')).toMatchObject({
      access: ['admin'],
      input: { type: 'object' },
    });
  });
});

describe('a shared PC at the front desk, in Chromium', () => {
  test('a receptionist signs in; a manager takes over with a PIN; the receptionist cannot see admin pages', async () => {
    const { context, page } = await newDesk();
    await expect.poll(() => page.getByRole('heading', { name: '请登录' }).isVisible()).toBe(true);
    await screenshot(page, 'signin');

    await signIn(page, '王芳', '3333');
    await expect.poll(() => page.getByTitle('当前用户：王芳').isVisible()).toBe(true);
    expect(await desk(page).getByText('用户', { exact: true }).count()).toBe(0);
    expect(await desk(page).getByText('审计', { exact: true }).count()).toBe(0);

    await page.keyboard.press('Control+l');
    await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(true);
    await signIn(page, '李经理', '1111');
    await expect.poll(() => page.getByTitle('当前用户：李经理').isVisible()).toBe(true);
    await expect.poll(() => desk(page).getByText('审计', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'home-manager');
    await context.close();
  });

  test('Ctrl+L over a half-filled dialog: the caret waits in the lock screen’s PIN; the dialog is still there after', async () => {
    const { context, page } = await newDesk();
    await signInAndWait(page, '系统管理员', '900000');
    await desk(page).getByText('用户', { exact: true }).click();
    await page.getByRole('button', { name: '添加用户' }).click();
    const adding = page.getByRole('dialog', { name: '添加用户' });
    await adding.getByLabel('姓名').fill('新来的');

    await page.keyboard.press('Control+l');
    await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(true);
    // the dialog underneath traps the caret until the lock screen's own trap takes over
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signIn_secret');
    await page.keyboard.type('900000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(false);
    expect(await adding.getByLabel('姓名').inputValue()).toBe('新来的');
    // and the caret is back where it was, in the half-typed field
    await expect
      .poll(() => adding.getByLabel('姓名').evaluate((field) => field === document.activeElement))
      .toBe(true);
    await context.close();
  });

  test('the screen locks itself after five idle minutes', async () => {
    const { context, page } = await newDesk({ clock: true });
    await signIn(page, '陈静', '3344');
    await expect.poll(() => page.getByTitle('当前用户：陈静').isVisible()).toBe(true);
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(false);
    await page.clock.fastForward('01:05');
    await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('陈静 锁定了屏幕').isVisible()).toBe(true);
    await screenshot(page, 'locked');
    // and the main process agrees: the desk is locked for every caller
    expect(await rpc('auth.session')).toMatchObject({
      ok: true,
      data: { locked: true, user: { name: '陈静' } },
    });
    await context.close();
  });

  test('five wrong PINs lock that person for five minutes', async () => {
    const { context, page } = await newDesk();
    await page.getByRole('radio', { name: '刘敏', exact: true }).check();
    for (let i = 1; i <= 4; i++) {
      await page.getByLabel('PIN 码').fill('0000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await expect.poll(() => page.getByText(`还可以再试 ${5 - i} 次`).isVisible()).toBe(true);
    }
    await page.getByLabel('PIN 码').fill('0000');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByText(/刘敏 已被锁定/).isVisible()).toBe(true);
    // the right PIN is refused too while the lock lasts
    await page.getByLabel('PIN 码').fill('4444');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByText(/刘敏 已被锁定/).isVisible()).toBe(true);
    await screenshot(page, 'locked-out');
    await context.close();
  });

  test('the admin sees users, settings and the audit trail, and verifies the ledger', async () => {
    const { context, page } = await newDesk();
    await signIn(page, '系统管理员', '900000');
    await desk(page).getByText('用户', { exact: true }).click();
    await expect.poll(() => page.getByRole('cell', { name: '钱出纳', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'users');
    await desk(page).getByText('审计', { exact: true }).click();
    await page.getByRole('button', { name: '校验台账' }).click();
    await expect.poll(() => page.getByText(/台账完好/).isVisible()).toBe(true);
    await screenshot(page, 'audit');
    await context.close();
  });
});
