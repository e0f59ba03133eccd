import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for: --chromium PATH, else $CHROMIUM_PATH, else Debian's. */
export function chromiumPath(option?: string): string {
  return option ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Debian's Chromium started as a closed office network needs: no background connections. */
export async function launchOfflineChromium(executablePath: string): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium fonts-noto-cjk) or pass --chromium PATH / set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // no sandbox: the host may itself run inside a container
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Prints an HTML document to an A4 PDF with a headless Chromium — the same engine the app's
 * window prints with (webContents.printToPDF), so the CLI's PDF matches the app's.
 */
export async function htmlToPdf(html: string, executablePath: string): Promise<Buffer> {
  const browser = await launchOfflineChromium(executablePath);
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
