import type { Browser } from 'playwright-core';
import { launchOfflineChromium } from '../../../electron/hosts/cli/pdf';

/** Debian's Chromium, started as this closed network needs (no background connections). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return launchOfflineChromium(CHROMIUM_PATH);
}
