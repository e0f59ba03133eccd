import { afterAll, describe, expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { DEMO_OFFICE_ID } from '../../shared/domain/officeId';
import { verifyLedgerFile } from '../../electron/core/maintenance';
import { testDesk, type TestDesk } from '../support/desk';
import path from 'node:path';

/**
 * The office's id at headquarters (SPEC §13): given at setup or made up then, the demo's fixed,
 * and never changed afterwards — not by a call, not by hand.
 */
const desks: TestDesk[] = [];
async function fresh(options: Parameters<typeof testDesk>[0] = {}): Promise<TestDesk> {
  const desk = await testDesk(options);
  desks.push(desk);
  return desk;
}
afterAll(async () => {
  for (const desk of desks) await desk.close();
});

describe('the office id', () => {
  test('the demo office has the fixed demo id; the status shows it, with nothing sent yet', async () => {
    const desk = await fresh();
    await desk.signInAs('李经理');
    const status = await desk.ok('sync.status');
    expect(status).toMatchObject({
      officeId: DEMO_OFFICE_ID,
      configured: false,
      connection: null,
      acknowledged: null,
      lastRun: null,
    });
    expect(status.backlog).toBe(status.localSeq);
    expect(status.localSeq).toBeGreaterThan(10);
  });

  test('setup keeps the id given, or makes one up', async () => {
    const given = await fresh({ demo: false });
    await given.ok('auth.setup', {
      projectName: '锦华城',
      adminName: '管理员',
      adminSecret: '246810',
      officeId: 'jhc-01',
    });
    expect((await given.ok('sync.status')).officeId).toBe('jhc-01');
    const made = await fresh({ demo: false });
    await made.ok('auth.setup', { projectName: '锦华城', adminName: '管理员', adminSecret: '246810' });
    expect((await made.ok('sync.status')).officeId).toMatch(/^office-[0-9a-f]{8}$/);
  });

  test('a wrong id is refused at setup, with nothing written', async () => {
    const desk = await fresh({ demo: false });
    for (const officeId of [
      '',
      'A',
      'Upper-case',
      'with space',
      '-starts-with-hyphen',
      'x'.repeat(33),
      '中文',
    ]) {
      expect(
        await desk.untyped.refused('auth.setup', {
          projectName: 'p',
          adminName: '管理员',
          adminSecret: '246810',
          officeId,
        }),
        officeId,
      ).toBe('INVALID_INPUT');
    }
    expect((await desk.ok('auth.session')).setupRequired).toBe(true);
  });

  test('once set, it never changes: the call refuses, naming it; the ledger refuses a hand edit', async () => {
    const desk = await fresh();
    await desk.signInAs('系统管理员');
    expect(await desk.refused('sync.setOfficeId', { officeId: 'another' })).toBe('OFFICE_ID_SET');
    const res = await desk.router.call('sync.setOfficeId', { officeId: 'another' });
    expect(!res.ok && res.error.message).toContain(DEMO_OFFICE_ID);
    await desk.close();
    const ledger = openLedger(path.join(desk.dataDir, 'sitedesk.sqlite'));
    expect(() => ledger.sqlite.exec(`UPDATE office_identity SET office_id = 'another'`)).toThrow(
      /append-only/,
    );
    expect(() =>
      ledger.sqlite.exec(
        `INSERT INTO office_identity (office_id, set_at, audit_id) VALUES ('x2', '2026-01-01T00:00:00Z', 1)`,
      ),
    ).toThrow();
    await ledger.close();
    expect((await verifyLedgerFile(path.join(desk.dataDir, 'sitedesk.sqlite'))).ok).toBe(true);
  });

  test('a ledger given its id before its setup keeps it through the setup', async () => {
    const desk = await fresh({ demo: false });
    expect((await desk.router.call('sync.setOfficeId', { officeId: 'early' }, { system: true })).ok).toBe(
      true,
    );
    await desk.ok('auth.setup', { projectName: 'p', adminName: '管理员', adminSecret: '246810' });
    expect((await desk.ok('sync.status')).officeId).toBe('early');
    await desk.ok('auth.signOut');
  });

  test('only the administrator sets it; the administrator and the manager see the status', async () => {
    const desk = await fresh();
    await desk.signInAs('李经理');
    expect(await desk.refused('sync.setOfficeId', { officeId: 'x1' })).toBe('FORBIDDEN');
    await desk.signInAs('王芳');
    expect(await desk.refused('sync.status')).toBe('FORBIDDEN');
  });
});
