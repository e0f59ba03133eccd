import type { WebContents } from 'electron';

/**
 * The day sheet's PDF in the app: the renderer shows the print page (renderer/pages/daysheet),
 * and its window prints itself on A4 with the page's own @page / @media print rules — the same
 * Chromium output the CLI and the web host produce.
 */
export async function printPageToPdf(contents: WebContents): Promise<Buffer> {
  return contents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  });
}
