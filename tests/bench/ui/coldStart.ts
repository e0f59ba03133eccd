import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { RENDERER_DIST } from '../../../electron/hosts/repoPaths';
import { spawnWebHost, VIEWPORT, type HostBuild } from './browser';

/** The sign-in screen is usable: the names are listed and the focus is in its form. */
const SIGN_IN_USABLE = `(() => {
  const overlay = document.querySelector('.signin-overlay');
  if (!overlay || overlay.querySelectorAll('input[type="radio"]').length === 0) return false;
  const focus = document.activeElement;
  return !!focus && overlay.contains(focus) && focus.tagName === 'INPUT';
})()`;

/** The scripts and styles the built index.html loads before any code of the app has run. */
export function firstLoadBytes(dir = RENDERER_DIST) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const size = (files: string[], gzip: boolean) =>
    files.reduce((sum, f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      return sum + (gzip ? zlib.gzipSync(bytes).length : bytes.length);
    }, 0);
  const js = files.filter((f) => f.endsWith('.js'));
  const all = fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    jsFiles: js.length,
    jsBytes: size(js, false),
    jsGzipBytes: size(js, true),
    cssBytes: size(
      files.filter((f) => f.endsWith('.css')),
      false,
    ),
    allJsBytes: size(
      all.map((f) => `assets/${f}`),
      false,
    ),
    allJsFiles: all.length,
  };
}

export interface ColdStartRun {
  /** Spawn → the host printed its link (desk open, server listening). */
  listeningMs: number;
  /** Spawn → the sign-in screen usable in Chromium (names listed, focus in the form). */
  signInUsableMs: number;
  /** JavaScript the page had fetched by then (bytes, as served). */
  jsFetchedBytes: number;
}

/**
 * Cold start, `runs` times: the web host started on `dataDir` (the five-year ledger) and the
 * link opened in a fresh browser context (empty cache) the moment the host prints it. The
 * browser itself is already running, as it is on the desk's PC. The figure is the median run.
 */
export async function measureColdStart(browser: Browser, dataDir: string, build: HostBuild, runs = 5) {
  const results: ColdStartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const host = await spawnWebHost(dataDir, build, t0);
    // bypassCSP: the probe below is a string the app's CSP (no eval) would refuse; the app runs as is.
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(host.url, { waitUntil: 'commit' });
      await page.waitForFunction(SIGN_IN_USABLE, undefined, { polling: 'raf', timeout: 180_000 });
      const signInUsableMs = performance.now() - t0;
      const jsFetchedBytes = await page.evaluate(
        `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js'))
           .reduce((sum, e) => sum + e.encodedBodySize, 0)`,
      );
      results.push({
        listeningMs: Math.round(host.listeningMs),
        signInUsableMs: Math.round(signInUsableMs),
        jsFetchedBytes: Number(jsFetchedBytes),
      });
    } finally {
      await context.close();
      await host.kill();
    }
  }
  const median = (pick: (r: ColdStartRun) => number) =>
    [...results].map(pick).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
  return {
    host: build,
    signInUsableMs: median((r) => r.signInUsableMs),
    // The first start on a fresh copy is the day's first (its daily backup is due, and waits
    // for a quiet desk: services/backups), so it is reported on its own as well.
    firstRunMs: results[0]!.signInUsableMs,
    listeningMs: median((r) => r.listeningMs),
    jsFetchedBytes: median((r) => r.jsFetchedBytes),
    runs: results,
  };
}
