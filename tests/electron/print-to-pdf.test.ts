import type { WebContents } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import {
  pdfFileName,
  printPageToPdf,
  registerPdfSaving,
  type PdfIpcMain,
} from '../../electron/app/printToPdf';

test("the app prints the day sheet's page on A4, with its own @page rules and backgrounds", async () => {
  const pdf = Buffer.from('%PDF-1.4');
  const printToPDF = vi.fn(async () => pdf);
  const contents = { printToPDF } as unknown as WebContents;
  expect(await printPageToPdf(contents)).toBe(pdf);
  expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
});

describe('savePdf over IPC', () => {
  function setUp(choice: string | undefined) {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, listener),
      ),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    };
    const deps = { chooseFile: vi.fn(async () => choice), writeFile: vi.fn(async () => {}) };
    const unregister = registerPdfSaving(ipcMain as unknown as PdfIpcMain, deps, {
      isTrustedSender: (sender) => sender.id === 1,
    });
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4'));
    const event = (id: number, url = 'app://sitedesk/index.html') => ({
      sender: { id, printToPDF },
      senderFrame: { url, parent: null },
    });
    const call = (e: unknown, name: unknown) => handlers.get('sitedesk:save-pdf')!(e, name);
    return { deps, printToPDF, event, call, unregister, handlers };
  }

  test('the main window saves its page where the person chooses, offered under a cleaned name', async () => {
    const { deps, printToPDF, event, call } = setUp('/home/desk/日结.pdf');
    expect(await call(event(1), '../../日结_2026-11-23_魅力晶都')).toEqual({ saved: true });
    expect(deps.chooseFile).toHaveBeenCalledWith(expect.anything(), '日结_2026-11-23_魅力晶都.pdf');
    expect(printToPDF).toHaveBeenCalledOnce();
    expect(deps.writeFile).toHaveBeenCalledWith('/home/desk/日结.pdf', Buffer.from('%PDF-1.4'));
  });

  test('a cancelled dialog writes nothing; another window or a foreign page gets nothing', async () => {
    const cancelled = setUp(undefined);
    expect(await cancelled.call(cancelled.event(1), 'x.pdf')).toEqual({ saved: false });
    expect(cancelled.deps.writeFile).not.toHaveBeenCalled();
    expect(cancelled.printToPDF).not.toHaveBeenCalled();

    const { deps, event, call, unregister, handlers } = setUp('/tmp/x.pdf');
    expect(await call(event(2), 'x.pdf')).toEqual({ saved: false });
    expect(await call(event(1, 'https://example.com/'), 'x.pdf')).toEqual({ saved: false });
    expect(deps.chooseFile).not.toHaveBeenCalled();
    unregister();
    expect(handlers.size).toBe(0);
  });

  test('file names: no folders, no characters Windows refuses, always .pdf', () => {
    expect(pdfFileName('a/b\\c:d*?.PDF')).toBe('c_d__.pdf');
    expect(pdfFileName('')).toBe('SiteDesk.pdf');
    expect(pdfFileName(undefined)).toBe('SiteDesk.pdf');
  });
});
