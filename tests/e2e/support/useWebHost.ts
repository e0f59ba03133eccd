import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { InputArgs } from '../../support/desk';
import { launchChromium } from './browser';
import {
  openDesk,
  openPage,
  rpc,
  rpcData,
  rpcOneWalkIn,
  rpcSignIn,
  rpcStaffIds,
  rpcStartTheDay,
  rpcUntyped,
  type PageOptions,
  type RpcAnswer,
} from './desk';
import { startWebHost, type RunningHost, type WebHostOptions } from './webHost';

/** One web host and one Chromium for the tests of a file, with the calls bound to that host. */
export interface WebHostFixture {
  readonly host: RunningHost;
  readonly browser: Browser;
  /** How long the host took to print its URL line. */
  readonly startupMs: number;
  /** A call over /rpc, typed by its channel: the envelope. */
  rpc<C extends Channel>(channel: C, ...input: InputArgs<C>): Promise<RpcAnswer<OutputOf<C>>>;
  /** A call that must succeed: its data. */
  data<C extends Channel>(channel: C, ...input: InputArgs<C>): Promise<OutputOf<C>>;
  /** A call outside the contract's types, for input no typed caller could send. */
  untyped(channel: string, input: unknown): Promise<RpcAnswer>;
  /** The roster's ids by name, read over /rpc (the roster needs no session). */
  staffIds(): Promise<(name: string) => number>;
  /** Signs the desk out, then 王芳 in over /rpc, and sets today's rotation; the ids by name. */
  startTheDay(): Promise<(name: string) => number>;
  /** 李女士 walks in, recorded over /rpc on a started day; the desk is then signed out. */
  oneWalkIn(extra?: Partial<InputOf<'visits.record'>>): Promise<void>;
  /** Takes the shared desk through /rpc as `name`. */
  signInOverRpc(name: string, pin: string): Promise<void>;
  /** Signs the desk out, then opens the app in a fresh context. */
  openDesk(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** Opens the app in a fresh context, whoever is signed in. */
  openPage(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * Starts the host (the demo office by default) and Chromium before the file's tests and stops
 * both after them.
 */
export function useWebHost(
  options: WebHostOptions & {
    /** For a host whose start takes longer than the hook timeout (a demo with history). */
    setupTimeoutMs?: number;
  } = {},
): WebHostFixture {
  const { setupTimeoutMs, ...hostOptions } = options;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let startupMs = 0;

  beforeAll(async () => {
    const t0 = Date.now();
    host = await startWebHost({ demo: true, ...hostOptions });
    startupMs = Date.now() - t0;
    browser = await launchChromium();
  }, setupTimeoutMs);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  // A failed scenario says what its pages showed: on a CI machine nobody watches the browser.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !browser) return;
    await describePages(browser, context.task.name);
  });

  const started = (): RunningHost => {
    if (!host) throw new Error('the web host is not started: use the fixture inside a test');
    return host;
  };
  const chromium = (): Browser => {
    if (!browser) throw new Error('Chromium is not started: use the fixture inside a test');
    return browser;
  };
  return {
    get host() {
      return started();
    },
    get browser() {
      return chromium();
    },
    get startupMs() {
      return startupMs;
    },
    rpc: (channel, ...input) => rpc(started(), channel, ...input),
    data: (channel, ...input) => rpcData(started(), channel, ...input),
    untyped: (channel, input) => rpcUntyped(started(), channel, input),
    staffIds: () => rpcStaffIds(started()),
    startTheDay: () => rpcStartTheDay(started()),
    oneWalkIn: (extra) => rpcOneWalkIn(started(), extra),
    signInOverRpc: (name, pin) => rpcSignIn(started(), name, pin),
    openDesk: (pageOptions) => openDesk(chromium(), started(), pageOptions),
    openPage: (pageOptions) => openPage(chromium(), started(), pageOptions),
  };
}

/** Prints each open page's address, alerts and visible text, and keeps a screenshot. */
async function describePages(browser: Browser, testName: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-e2e-failure-'));
  let n = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      n += 1;
      try {
        const shot = path.join(dir, `page-${n}.png`);
        await page.screenshot({ path: shot, fullPage: true, timeout: 5_000 });
        const alerts = await page.locator('.ant-alert, .ant-message-notice').allInnerTexts();
        const text = (await page.locator('body').innerText({ timeout: 5_000 })).replace(/\s+/g, ' ');
        console.log(
          `[${testName}] page ${n}: ${new URL(page.url()).pathname}${new URL(page.url()).hash}\n` +
            `  alerts: ${JSON.stringify(alerts)}\n  text: ${text.slice(0, 2_000)}\n  screenshot: ${shot}`,
        );
      } catch (error) {
        console.log(`[${testName}] page ${n}: could not be described (${String(error)})`);
      }
    }
  }
}
