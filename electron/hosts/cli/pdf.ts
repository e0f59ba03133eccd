import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is looked for: --chromium PATH, else $CHROMIUM_PATH, else Debian's. */
export function chromiumPath(option?: string): string {
  return option ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Prints an HTML document to an A4 PDF with a headless Chromium — the same engine the app's
 * window prints with (webContents.printToPDF), so the CLI's PDF matches the app's.
 */
export async function htmlToPdf(html: string, executablePath: string): Promise<Buffer> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium fonts-noto-cjk) or pass --chromium PATH / set CHROMIUM_PATH`,
    );
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // offline office PC: no background connections, no sandbox inside containers
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
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
