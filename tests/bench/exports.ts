import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Desk } from '../../electron/core/desk';

interface ExportRun {
  label: string;
  /** A day's export (the budget's "day .xlsx"), or a whole register. */
  day: boolean;
  ms: number;
  bytes: number;
  /** The longest the event loop of this (main) process was blocked while the export ran. */
  eventLoopMaxBlockMs: number;
}

export interface ExportCase {
  label: string;
  channel: string;
  input: unknown;
  /** The answer's field holding the file (base64), or null for a sheet answered as data. */
  field: string | null;
  day: boolean;
}

/** The exports the bench makes: the day's .xlsx files that exist and the whole holds register. */
export function exportCases(today: string): ExportCase[] {
  return [
    {
      label: 'holds register, whole (.xlsx)',
      channel: 'holds.exportRegister',
      input: {},
      field: 'contentBase64',
      day: false,
    },
    {
      label: 'tickets register, today (.xlsx)',
      channel: 'tickets.exportMovements',
      input: { fromDate: today, toDate: today },
      field: 'base64',
      day: true,
    },
    {
      label: 'keys register, today (.xlsx)',
      channel: 'keys.exportRegister',
      input: { from: today, to: today },
      field: 'base64',
      day: true,
    },
    {
      label: 'day sheet, today (exports.daySheet)',
      channel: 'exports.daySheet',
      input: { date: today },
      field: null,
      day: true,
    },
    {
      label: 'day sheet, today (.xlsx)',
      channel: 'exports.daySheetXlsx',
      input: { date: today },
      field: 'base64',
      day: true,
    },
  ];
}

/**
 * The day's .xlsx exports that exist (holds register, tickets and keys registers of the day),
 * each timed while the event loop is watched: `monitorEventLoopDelay` sees how late a 1 ms timer
 * fires, i.e. how long the main process could not answer anything else (the UI's calls).
 * The day sheet (日结对账单) is timed both as the sheet the page shows and as its .xlsx.
 */
export async function measureExports(desk: Desk, today: string) {
  const cases = exportCases(today);
  const runs: ExportRun[] = [];
  for (const c of cases) {
    let best: ExportRun | null = null;
    for (let i = 0; i < 3; i++) {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      const t0 = performance.now();
      const res = await desk.router.call(c.channel, c.input);
      const ms = performance.now() - t0;
      // let the monitor's timer fire once more so a block at the very end is counted
      await new Promise((resolve) => setTimeout(resolve, 5));
      histogram.disable();
      const run: ExportRun = {
        label: c.label,
        day: c.day,
        ms: Math.round(ms * 10) / 10,
        bytes: !res.ok
          ? -1
          : c.field
            ? Buffer.byteLength(String((res.data as Record<string, string>)[c.field]), 'base64')
            : Buffer.byteLength(JSON.stringify(res.data)),
        eventLoopMaxBlockMs: Math.round((histogram.max / 1e6) * 10) / 10,
      };
      if (!best || run.ms > best.ms) best = run; // report the worst of three
    }
    runs.push(best!);
  }
  return {
    runs,
    dayXlsxMaxMs: Math.max(...runs.filter((r) => r.day).map((r) => r.ms)),
    wholeRegisterXlsxMs: Math.max(...runs.filter((r) => !r.day).map((r) => r.ms)),
    eventLoopMaxBlockMs: Math.max(...runs.map((r) => r.eventLoopMaxBlockMs)),
    daySheet: {
      sheet: runs.find((r) => r.label.includes('exports.daySheet')) ?? null,
      xlsx: runs.find((r) => r.label.startsWith('day sheet') && r.label.includes('.xlsx')) ?? null,
    },
  };
}
