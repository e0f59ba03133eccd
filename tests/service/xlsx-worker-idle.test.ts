import { afterEach, expect, test } from 'vitest';
import {
  buildXlsxOffThread,
  lastXlsxBuiltOn,
  xlsxWorkerRunning,
} from '../../electron/core/services/exports/xlsx/offThread';

const sheet = (rows: number) => ({
  kind: 'sheet' as const,
  spec: { name: '表', header: ['序号'], rows: Array.from({ length: rows }, (_, i) => [i + 1]) },
});

afterEach(() => {
  expect(xlsxWorkerRunning()).toBe(false);
});

test('the export worker serves exports that follow each other, then stops once idle and gives its memory back', async () => {
  const first = await buildXlsxOffThread(sheet(10));
  expect(lastXlsxBuiltOn()).toBe('worker');
  expect(xlsxWorkerRunning()).toBe(true);
  await buildXlsxOffThread(sheet(2_000)); // sent a slice at a time, still the same worker
  expect(xlsxWorkerRunning()).toBe(true);
  expect(first.subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect(xlsxWorkerRunning()).toBe(false);
  // the next export starts a worker again
  await buildXlsxOffThread(sheet(10));
  expect(lastXlsxBuiltOn()).toBe('worker');
  await new Promise((resolve) => setTimeout(resolve, 6_000));
}, 60_000);
