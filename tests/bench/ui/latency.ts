import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, CDPSession } from 'playwright-core';
import type { Clock } from '../../../electron/core/clock';
import { openDesk, type Desk } from '../../../electron/core/desk';
import type { Router } from '../../../electron/core/router';
import { RENDERER_DIST } from '../../../electron/hosts/repoPaths';
import { createWebHost } from '../../../electron/hosts/web/server';
import { VIEWPORT } from './browser';
import {
  actTimer,
  longTasks,
  must,
  pageNow,
  PIN,
  signInOnPage,
  signOutOnPage,
  summariseAct,
  waitFocus,
  type ActFigures,
  type RouterCall,
  type Run,
} from './actKit';
import { prepareTheClose, walkTheCloseToItsCheck } from './closeReview';
import { PROBE } from './probe';

/** RAIL: a response within 100 ms; no task over 50 ms while typing (a 16 ms frame stays possible). */
export const UI_BUDGETS = { actP95Ms: 100, typingLongTaskMs: 50, coldStartMs: 1_500 };

/** The router with every call timed, so each act's router share can be told from the page's. */
function timedRouter(router: Router, calls: RouterCall[]): Router {
  return new Proxy(router, {
    get(target, key) {
      if (key === 'call') {
        return async (...args: Parameters<Router['call']>) => {
          const t0 = performance.now();
          try {
            return await target.call(...args);
          } finally {
            calls.push({ channel: args[0], ms: performance.now() - t0 });
          }
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The desk's time: the day after the office's last day, from 10:00, running as time runs. */
function runningClock(lastDay: string): Clock {
  const [y, m, d] = lastDay.split('-').map(Number) as [number, number, number];
  const offset = new Date(y, m - 1, d + 1, 10).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export type { ActFigures };

export interface UiLatency {
  acts: Record<string, ActFigures>;
  typing: { longTasks: number; maxLongTaskMs: number; keys: number };
  worstP95Ms: number;
}

/**
 * The desk's daily acts in Chromium against the web host's own server on the five-year ledger
 * (served from this process, so the router's share of each act is timed beside it), each
 * `rounds` times: keypress (or click) → the result painted.
 */
export async function measureUiLatency(
  browser: Browser,
  dataDir: string,
  lastDay: string,
  rounds = 50,
  onProgress?: (line: string) => void,
): Promise<UiLatency> {
  const desk = await openDesk({ dataDir, clock: runningClock(lastDay) });
  const calls: RouterCall[] = [];
  const router = timedRouter(desk.router, calls);
  const token = randomBytes(24).toString('base64url');
  // UI_BENCH_RENDERER: another build of the renderer (e.g. unminified, to read a profile)
  const rendererDir = process.env.UI_BENCH_RENDERER ?? RENDERER_DIST;
  const server = createWebHost({ router, rendererDir, token, port: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?token=${token}`;
  try {
    return await runActs(browser, desk, url, calls, rounds, onProgress);
  } finally {
    await closeServer(server);
    await desk.close();
  }
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function runActs(
  browser: Browser,
  desk: Desk,
  url: string,
  calls: RouterCall[],
  rounds: number,
  onProgress?: (line: string) => void,
): Promise<UiLatency> {
  const roster = (await must(desk, 'auth.roster', {})) as { id: number; name: string }[];
  const id = (name: string) => roster.find((u) => u.name === name)!.id;
  const signInOverRouter = (name: string) =>
    must(desk, 'auth.signIn', { userId: id(name), secret: PIN[name] });

  // The day's set-up, not measured: the rotation, tickets in stock, a key to lend.
  await must(desk, 'auth.signOut', {});
  await signInOverRouter('王芳');
  await must(desk, 'rotation.setOrder', { consultantIds: ['张伟', '孙丽', '周强', '吴娜'].map(id) });
  const stock = (await must(desk, 'tickets.stock', {})) as {
    typeId: number;
    name: string;
    active: boolean;
  }[];
  const ticket = stock.find((l) => l.active)!;
  await must(desk, 'tickets.receive', { typeId: ticket.typeId, count: rounds * 2 + 20 });
  const board = (await must(desk, 'keys.board', {})) as {
    tag: string;
    copyStates: { holder: unknown }[];
  }[];
  const allIn = board.filter((k) => k.copyStates.every((c) => c.holder === null));
  const key = allIn.find((k) => k.tag === 'YBA') ?? allIn[0]!;
  await must(desk, 'auth.signOut', {});

  const acts: Record<string, ActFigures> = {};
  const typing = { longTasks: 0, maxLongTaskMs: 0, keys: 0 };
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // the probe's waits are strings, which the app's CSP (no eval) would refuse
    bypassCSP: true,
  });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  try {
    await page.goto(url);
    const act = actTimer(page, calls);
    // UI_BENCH_PROFILE=dir: a CPU profile of the page per act, written there
    const profileDir = process.env.UI_BENCH_PROFILE;
    let profiler: CDPSession | null = null;
    if (profileDir) {
      profiler = await context.newCDPSession(page);
      await profiler.send('Profiler.enable');
    }
    // UI_BENCH_TRACE=dir: a Chromium trace (devtools timeline) per act, written there; with
    // UI_BENCH_TRACE_JS=1 it carries the page's JavaScript samples too, on the same clock as the acts
    const traceDir = process.env.UI_BENCH_TRACE;
    const startProfile = async () => {
      if (profiler) await profiler.send('Profiler.start');
      if (traceDir)
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'blink.user_timing',
            ...(process.env.UI_BENCH_TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : []),
          ],
        });
    };
    const record = async (name: string, runs: Run[]) => {
      if (profiler && profileDir) {
        const { profile } = await profiler.send('Profiler.stop');
        fs.mkdirSync(profileDir, { recursive: true });
        const file = `${name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.cpuprofile`;
        fs.writeFileSync(`${profileDir}/${file}`, JSON.stringify(profile));
      }
      if (traceDir) {
        fs.mkdirSync(traceDir, { recursive: true });
        const file = `${name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.json`;
        fs.writeFileSync(`${traceDir}/${file}`, await browser.stopTracing());
      }
      acts[name] = summariseAct(runs);
      onProgress?.(
        `${name}: p50 ${acts[name].ui.p50.toFixed(1)} ms, p95 ${acts[name].ui.p95.toFixed(1)} ms (router p50 ${acts[name].router.p50.toFixed(2)} ms)`,
      );
      // UI_BENCH_ACTS=n: only the first n acts (to study one act; the full bench never sets it)
      if (Object.keys(acts).length >= Number(process.env.UI_BENCH_ACTS ?? Infinity)) throw ENOUGH;
    };
    await signInOnPage(page, '王芳');
    const kb = page.keyboard;

    // F2: a walk-in typed and submitted; done when it is a row of today's list.
    await kb.press('F2');
    await waitFocus(page, '#walkIn_phone');
    const walkIns: Run[] = [];
    await startProfile();
    let receiver = '';
    for (let i = 0; i < rounds; i++) {
      const name = `测速${String(i).padStart(3, '0')}`;
      await waitFocus(page, '#walkIn_phone');
      const from = await pageNow(page);
      const phone = `1390${String(7_000_000 + i).padStart(7, '0')}`;
      await kb.type(phone);
      await kb.press('Tab');
      await kb.type(name);
      const to = await pageNow(page);
      const tasks = await longTasks(page, from, to);
      typing.keys += phone.length + name.length + 1;
      typing.longTasks += tasks.length;
      typing.maxLongTaskMs = Math.max(typing.maxLongTaskMs, ...tasks.map((t) => t.duration));
      // The rotation moved on with the last walk-in: submit once the form names the next
      // consultant (a slip naming the previous one would be refused as out of date).
      await page.waitForFunction(
        `(() => { const r = document.querySelector('.walk-in-receiver'); return !!r && r.textContent !== ${JSON.stringify(receiver)}; })()`,
      );
      receiver = (await page.locator('.walk-in-receiver').first().textContent()) ?? '';
      walkIns.push(await act(['row', { table: '今日来访', texts: [name] }], () => kb.press('Enter')));
    }
    await record('F2 walk-in → in today’s list', walkIns);

    // F4: one ticket sold; done when the stock table shows the count one lower.
    const sales: Run[] = [];
    await startProfile();
    await kb.press('F4');
    await waitFocus(page, '#ticketSale_typeId');
    for (let i = 0; i < rounds; i++) {
      const onHand = ((await must(desk, 'tickets.stock', {})) as { typeId: number; onHand: number }[]).find(
        (l) => l.typeId === ticket.typeId,
      )!.onHand;
      await page.locator('#ticketSale_typeId').focus();
      await kb.press('Tab');
      await kb.press('Control+A');
      await kb.type('1');
      sales.push(
        await act(['row', { table: '库存', texts: [ticket.name, String(onHand - 1)] }], () =>
          kb.press('Enter'),
        ),
      );
    }
    await record('F4 ticket sale → stock updated', sales);

    // F5: a key lent out (tag, person, purpose, Enter); done when the key board shows it with
    // the person. It comes back through the same page, unmeasured.
    const issues: Run[] = [];
    await startProfile();
    for (let i = 0; i < rounds; i++) {
      await kb.press('F5');
      await waitFocus(page, '#keyTag_tag');
      await kb.press('Control+A');
      await kb.type(key.tag.toLowerCase());
      await kb.press('Enter');
      const dialog = page.getByRole('dialog', { name: new RegExp(`借出 ${key.tag}`) });
      await dialog.waitFor({ state: 'visible' });
      await page.waitForFunction(
        `document.activeElement && document.activeElement.closest('[role="dialog"]')`,
      );
      await kb.type('张伟');
      await page.locator('.ant-select-item-option-active', { hasText: '张伟' }).waitFor();
      await kb.press('Enter');
      await page.waitForFunction(
        `(() => { const c = [...document.querySelectorAll('[role="dialog"] [role="combobox"]')][0]; return c && c.getAttribute('aria-expanded') === 'false'; })()`,
      );
      await kb.press('Tab');
      await kb.type('带客户看样板房');
      issues.push(await act(['row', { table: null, texts: [key.tag, '张伟'] }], () => kb.press('Enter')));
      await kb.press('F5');
      await waitFocus(page, '#keyTag_tag');
      await kb.press('Control+A');
      await kb.type(key.tag);
      await kb.press('Tab');
      await kb.press('Tab');
      await kb.press('Enter');
      // back once the page has taken the answer and emptied the field for the next tag
      await page.waitForFunction(`document.querySelector('#keyTag_tag')?.value === ''`);
    }
    await record('F5 key issue → on the board', issues);

    // A customer found by the last four digits of a phone, typed and Enter.
    await kb.press('F2');
    // the page puts the focus on the walk-in's phone as it opens: search once it has
    await waitFocus(page, '#walkIn_phone');
    const search = page.getByRole('searchbox', { name: '查找客户' });
    const searches: Run[] = [];
    await startProfile();
    for (let i = 0; i < rounds; i++) {
      // the last four digits of a phone walked in above: at least one customer has them
      const digits = String(7_000_000 + i).slice(-4);
      await search.fill('');
      await search.focus();
      await kb.type(digits);
      searches.push(await act(['allRows', { table: '查找结果', text: digits }], () => kb.press('Enter')));
    }
    await record('customer search by four digits', searches);
    await signOutOnPage(page);

    // The manager's acts: the 销控 board of another building, the week's analysis.
    await signInOnPage(page, '李经理');
    const holds = (await must(desk, 'holds.board', {})) as { buildings: string[] };
    if (holds.buildings.length > 1) {
      await page.getByRole('navigation', { name: '主导航' }).getByText('销控').first().click();
      const boards: Run[] = [];
      await startProfile();
      for (let i = 0; i < rounds; i++) {
        // another building among those the select's (virtual) list has drawn
        const shown = await page.locator('.board-building .ant-card-head-title').first().textContent();
        await page.getByRole('combobox', { name: '楼栋' }).click();
        await page.locator('.ant-select-item-option').first().waitFor({ state: 'visible' });
        const drawn = await Promise.all(
          (await page.locator('.ant-select-item-option').all()).map((o) => o.getAttribute('title')),
        );
        const others = drawn.filter((title): title is string => !!title && title !== shown);
        const building = others[i % others.length]!;
        const option = page.locator(`.ant-select-item-option[title="${building}"]`);
        await option.waitFor({ state: 'visible' });
        boards.push(
          await act(['text', { selector: '.board-building .ant-card-head-title', text: building }], () =>
            option.click(),
          ),
        );
      }
      await record('销控 board: another building', boards);
    }
    await page.getByRole('navigation', { name: '主导航' }).getByText('来人来电分析').first().click();
    const weeks: Run[] = [];
    await startProfile();
    const segmented = page.getByRole('radiogroup', { name: '周期' }).or(page.locator('.ant-segmented'));
    for (let i = 0; i < rounds; i++) {
      await segmented.getByText('当日', { exact: true }).click();
      await page.getByText('按日', { exact: true }).waitFor({ state: 'detached' });
      weeks.push(
        await act(['text', { selector: '.ant-card-head-title', text: '按日' }], () =>
          segmented.getByText('本周', { exact: true }).click(),
        ),
      );
    }
    await record('the week’s analysis', weeks);
    await signOutOnPage(page);

    // The day close's review: the cash handed in and the closing check signed over the router
    // (unmeasured), the close walked once to its closing-check step; then Enter on 下一步 → the
    // review shown with the visitors still in the office, and back to the step before it.
    await prepareTheClose(desk, id);
    await signInOnPage(page, '王芳');
    await walkTheCloseToItsCheck(page, desk);
    const reviews: Run[] = [];
    await startProfile();
    for (let i = 0; i < rounds; i++) {
      await waitFocus(page, '.dayclose-step .step-next');
      reviews.push(await act(['shown', { selector: '.close-visitors .ant-alert' }], () => kb.press('Enter')));
      await page.locator('.dayclose-steps .ant-steps-item').filter({ hasText: '闭店检查' }).click();
      await page.locator('.close-visitors').waitFor({ state: 'detached' });
    }
    await record('day close: the review step', reviews);
  } catch (error) {
    if (error === ENOUGH) return { acts, typing, worstP95Ms: worstOf(acts) };
    // UI_BENCH_SHOTS=file.png: what the page showed when an act did not finish
    if (process.env.UI_BENCH_SHOTS) await page.screenshot({ path: process.env.UI_BENCH_SHOTS });
    throw error;
  } finally {
    await context.close();
  }
  return { acts, typing, worstP95Ms: worstOf(acts) };
}

const ENOUGH = new Error('enough acts measured');

function worstOf(acts: Record<string, ActFigures>): number {
  return Math.max(...Object.values(acts).map((a) => a.ui.p95));
}
