import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { InputArgs } from '../../support/desk';
import type { RunningHost } from './webHost';

/** The answer of a call over /rpc: the envelope, `data` when ok, `error` when refused. */
export type RpcAnswer<T = unknown> =
  | { ok: true; data: T; error?: undefined }
  | {
      ok: false;
      data?: undefined;
      error: { code: string; message: string; params?: Record<string, string> };
    };

/**
 * A call as any program on the PC would make it: POST /rpc/<channel> with the host's token.
 * Untyped, for tests that send what the contract does not allow; the others use `rpc`.
 */
export async function rpcUntyped(host: RunningHost, channel: string, input: unknown): Promise<RpcAnswer> {
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sitedesk-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as RpcAnswer;
}

/** A call typed by its channel: the host answers with the contract's output when ok. */
export async function rpc<C extends Channel>(
  host: RunningHost,
  channel: C,
  ...input: InputArgs<C>
): Promise<RpcAnswer<OutputOf<C>>> {
  return (await rpcUntyped(host, channel, input[0] ?? {})) as RpcAnswer<OutputOf<C>>;
}

/** A call that must succeed: its data, or the refusal as a thrown error naming the channel. */
export async function rpcData<C extends Channel>(
  host: RunningHost,
  channel: C,
  ...input: InputArgs<C>
): Promise<OutputOf<C>> {
  const answer = await rpc(host, channel, ...input);
  if (!answer.ok) throw new Error(`${channel} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/** Takes the shared desk through /rpc as `name` (who must be on the roster). */
export async function rpcSignIn(host: RunningHost, name: string, pin: string): Promise<void> {
  const roster = await rpcData(host, 'auth.roster');
  const user = roster.find((u) => u.name === name);
  expect(user, name).toBeDefined();
  await rpcData(host, 'auth.signIn', { userId: user!.id, secret: pin });
}

/** The roster's ids by name, read over /rpc (the roster needs no session). */
export async function rpcStaffIds(host: RunningHost): Promise<(name: string) => number> {
  const roster = await rpcData(host, 'auth.roster');
  return (name) => {
    const user = roster.find((u) => u.name === name);
    if (!user) throw new Error(`no one called ${name} on the roster`);
    return user.id;
  };
}

/**
 * Set-up that is not a scenario's subject: the desk signed out, then 王芳 signed in over /rpc
 * with today's rotation of the four demo consultants. Returns the ids by name.
 */
export async function rpcStartTheDay(host: RunningHost): Promise<(name: string) => number> {
  await rpcData(host, 'auth.signOut');
  const id = await rpcStaffIds(host);
  await rpcData(host, 'auth.signIn', { userId: id('王芳'), secret: '3333' });
  await rpcData(host, 'rotation.setOrder', { consultantIds: ['张伟', '孙丽', '周强', '吴娜'].map(id) });
  return id;
}

/**
 * Set-up of scenarios that look at a visit: 李女士 (13812345678) walks in with one companion,
 * recorded over /rpc on a freshly started day; then the desk is signed out.
 */
export async function rpcOneWalkIn(
  host: RunningHost,
  extra: Partial<InputOf<'visits.record'>> = {},
): Promise<void> {
  await rpcStartTheDay(host);
  await rpcData(host, 'visits.record', {
    customerName: '李女士',
    phone: '13812345678',
    channel: '路过',
    partySize: 2,
    ...extra,
  });
  await rpcData(host, 'auth.signOut');
}

export interface PageOptions {
  /** Installs Playwright's fake clock before the app loads, for idle timers. */
  clock?: boolean;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Runs after the page is made and before the app loads (e.g. an init script). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

/** The host's link opened in a fresh browser context, in Chinese and the office's time zone. */
export async function openPage(
  browser: Browser,
  host: RunningHost,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads }),
  });
  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  await options.beforeLoad?.(page);
  await page.goto(host.url);
  return { context, page };
}

/** One host is one desk: a scenario starts with nobody signed in, as after a sign-out. */
export async function openDesk(
  browser: Browser,
  host: RunningHost,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  await rpc(host, 'auth.signOut');
  return openPage(browser, host, options);
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
