import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningHost } from './webHost';

/** The answer of a call over /rpc: the envelope, `data` when ok, `error` when refused. */
export type RpcAnswer<T = unknown> =
  | { ok: true; data: T; error?: undefined }
  | {
      ok: false;
      data?: undefined;
      error: { code: string; message: string; params?: Record<string, string> };
    };

/** A call as any program on the PC would make it: POST /rpc/<channel> with the host's token. */
export async function rpc<T = unknown>(
  host: RunningHost,
  channel: string,
  input: unknown = {},
): Promise<RpcAnswer<T>> {
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sitedesk-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as RpcAnswer<T>;
}

/** A call that must succeed: its data, or the refusal as a thrown error naming the channel. */
export async function rpcData<T>(host: RunningHost, channel: string, input: unknown = {}): Promise<T> {
  const answer = await rpc<T>(host, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/** Takes the shared desk through /rpc as `name` (who must be on the roster). */
export async function rpcSignIn(host: RunningHost, name: string, pin: string): Promise<void> {
  const roster = await rpcData<{ id: number; name: string }[]>(host, 'auth.roster');
  const user = roster.find((u) => u.name === name);
  expect(user, name).toBeDefined();
  await rpcData(host, 'auth.signIn', { userId: user!.id, secret: pin });
}

/** One host is one desk: a scenario starts with nobody signed in, as after a sign-out. */
export async function openDesk(
  browser: Browser,
  host: RunningHost,
  options: { clock?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  await rpc(host, 'auth.signOut');
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  await page.goto(host.url);
  return { context, page };
}

/** Picks a name on the sign-in screen and types the PIN, as a person does. */
export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByLabel('PIN 码').fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Signs in and waits until the header names the person. */
export async function signInAndWait(page: Page, name: string, pin: string): Promise<void> {
  await signIn(page, name, pin);
  await expect.poll(() => page.getByTitle(`当前用户：${name}`).isVisible()).toBe(true);
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
