import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../../electron/hosts/repoPaths';

/** The README's screenshots are taken by the end-to-end suite, so they always show the real UI. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // antd fades dialogs and rows in; let the motion finish so the picture shows the settled page.
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}
