import type { WebContents } from 'electron';
import { expect, test, vi } from 'vitest';
import { printPageToPdf } from '../../electron/app/printToPdf';

test("the app prints the day sheet's page on A4, with its own @page rules and backgrounds", async () => {
  const pdf = Buffer.from('%PDF-1.4');
  const printToPDF = vi.fn(async () => pdf);
  const contents = { printToPDF } as unknown as WebContents;
  expect(await printPageToPdf(contents)).toBe(pdf);
  expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
});
