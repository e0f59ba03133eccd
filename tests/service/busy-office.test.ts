import { afterEach, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { verifyLedgerFile } from '../../electron/core/maintenance';
import { generateOffice, LAST_DAY } from '../bench/generate';
import { CALLS_PER_DAY } from '../bench/generate/calls';
import { KEY_MOVEMENTS_PER_DAY } from '../bench/generate/keys';
import { TICKET_SALES_PER_DAY } from '../bench/generate/tickets';
import { UNIT_COUNT } from '../bench/generate/units';
import { VISITS_PER_DAY } from '../bench/generate/visits';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import path from 'node:path';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

// The bench's generator at a tiny size (two days): every row it wrote went through the router,
// so the ledger must verify end to end, and the figures a manager reads must add up.
describe('the busy-office generator (bench, issue 10)', () => {
  test('two busy days: the audit chain verifies and the day figures are the planned ones', async () => {
    const dataDir = tempDir('sitedesk-office-');
    const office = await generateOffice({ dataDir, years: 2 / 365 });
    expect(office).toMatchObject({ days: 2, lastDay: LAST_DAY });
    expect(office.counts).toMatchObject({
      visits: 2 * VISITS_PER_DAY,
      calls: 2 * CALLS_PER_DAY,
      ticketSales: 2 * TICKET_SALES_PER_DAY,
      keyMovements: 2 * KEY_MOVEMENTS_PER_DAY,
    });
    expect(office.counts.holdEvents).toBeGreaterThan(0);

    const report = await verifyLedgerFile(path.join(dataDir, LEDGER_FILE_NAME));
    expect(report).toMatchObject({ ok: true, firstProblem: null, integrity: 'ok' });
    expect(report.auditRows).toBeGreaterThan(office.calls - 10); // reads leave no audit row

    const [y, m, d] = LAST_DAY.split('-').map(Number) as [number, number, number];
    desk = await testDesk({ dataDir, start: new Date(y, m - 1, d, 17).toISOString() });
    await desk.signInAs('李经理');
    // The generator closes each day at 18:00, so the desk already works on the next open date:
    // the generated day is asked for by its date.
    const analysis = await desk.ok('visits.analysis', { period: 'day', date: LAST_DAY });
    expect(analysis.visits.total).toBe(VISITS_PER_DAY);
    expect(analysis.calls.total).toBe(CALLS_PER_DAY);
    expect((await desk.ok('units.list')).length).toBe(UNIT_COUNT + 24); // + the demo's building
    const register = await desk.ok('holds.register', { limit: 2000 });
    expect(register.length).toBe(office.counts.holdEvents);
    const check = await desk.ok('keys.dayCheck');
    expect(check.complete).toBe(true); // every key lent during the day came back
    const sold = await desk.ok('tickets.movements', { kind: 'sold', limit: 500 });
    expect(sold.length).toBe(2 * TICKET_SALES_PER_DAY);
  }, 300_000);
});
