import type { Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_STAFF } from '../../../electron/core/demo';
import type { Desk } from '../../../electron/core/desk';
import { summarise, type Figures } from '../stats';

/** What the UI bench's acts share: the demo PINs, the timer of one act, the page's small waits. */

/** One router call made during an act, timed on the server. */
export interface RouterCall {
  channel: string;
  ms: number;
}

export const PIN = Object.fromEntries([DEMO_ADMIN, ...DEMO_STAFF].map((u) => [u.name, u.secret]));

export async function must(desk: Desk, channel: string, input: unknown): Promise<unknown> {
  const res = await desk.router.call(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.data;
}

export interface ActFigures {
  /** Key (or click) to the result painted, in the browser. */
  ui: Figures;
  /** The router's time for the calls the act made (inside `ui`). */
  router: Figures;
  /**
   * Key to the act's first request leaving the page, and key to its last answer received (the
   * rest of `ui` is the page drawing the answer); null for an act that asked nothing.
   */
  requestSent: Figures | null;
  answerReceived: Figures | null;
  calls: string[];
}

export interface Run {
  ms: number;
  routerMs: number;
  sentMs: number | null;
  answeredMs: number | null;
  calls: string[];
}

export function summariseAct(runs: Run[]): ActFigures {
  const of = (pick: (r: Run) => number | null) => {
    const values = runs.map(pick).filter((v): v is number => v !== null);
    return values.length > 0 ? summarise(values) : null;
  };
  return {
    ui: summarise(runs.map((r) => r.ms)),
    router: summarise(runs.map((r) => r.routerMs)),
    requestSent: of((r) => r.sentMs),
    answerReceived: of((r) => r.answeredMs),
    calls: [...new Set(runs.flatMap((r) => r.calls))],
  };
}

/** What the page's probe answers for one act (see probe.ts). */
interface Timed {
  ms: number;
  sentMs: number | null;
  answeredMs: number | null;
}

export type Check = [kind: 'row' | 'allRows' | 'text' | 'gone' | 'shown', arg: Record<string, unknown>];

export function actTimer(page: Page, calls: RouterCall[]) {
  return async (check: Check, input: () => Promise<void>): Promise<Run> => {
    await page.evaluate(`window.__uiBench.arm(${JSON.stringify(check[0])}, ${JSON.stringify(check[1])})`);
    const first = calls.length;
    await input();
    const timed = await page
      .evaluate<Timed>(`window.__uiBench.result(30000)`)
      .catch(async (error: unknown) => {
        if (process.env.UI_BENCH_SHOTS) await page.screenshot({ path: process.env.UI_BENCH_SHOTS });
        throw error;
      });
    const made = calls.slice(first);
    return {
      ...timed,
      routerMs: made.reduce((sum, c) => sum + c.ms, 0),
      calls: made.map((c) => c.channel),
    };
  };
}

export async function pageNow(page: Page): Promise<number> {
  return Number(await page.evaluate('window.__uiBench.now()'));
}

export async function longTasks(page: Page, from: number, to: number): Promise<{ duration: number }[]> {
  // a task is reported when it ends: let the last key's task finish first
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  return page.evaluate<{ duration: number }[]>(`window.__uiBench.longTasks(${from}, ${to})`);
}

export async function waitFocus(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    `document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`,
  );
}

export async function signInOnPage(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByLabel(/PIN 码|密码/).fill(PIN[name]!);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTitle(`当前用户：${name}`).waitFor();
}

export async function signOutOnPage(page: Page): Promise<void> {
  await page.keyboard.press('Control+L');
  await page.locator('.signin-overlay input[type="radio"]').first().waitFor();
}
