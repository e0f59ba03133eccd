import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Envelope } from '../../shared/contract/envelope';
import { Router } from '../../electron/core/router';
import { DeskSession } from '../../electron/core/session';
import { handlers } from '../../electron/core/handlers';
import { REPO_ROOT } from '../../electron/hosts/repoPaths';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { unitByRoom } from '../support/holds';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

/**
 * Exactly one request won; the others were told the unit is not free — and, being consultants
 * who do not read the 销控 (000:721), not who won it (000:629-637: never who or why).
 */
function oneWinner(results: Envelope[], names: string[]): void {
  const won = results.filter((r) => r.ok);
  const lost = results.filter((r) => !r.ok);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(results.length - 1);
  const winner = (won[0]!.data as { consultantName: string }).consultantName;
  expect(names).toContain(winner);
  for (const r of lost) {
    expect(r).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FREE' } });
    for (const name of names) expect(!r.ok && r.error.message).not.toContain(name);
  }
}

describe('no double sale: two requests for one unit at the same instant', () => {
  test('two windows on one desk process (two sessions, one ledger), fired together', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '101');
    await desk.signInAs('张伟');
    const secondWindow = new Router({
      ledger: desk.ledger,
      desk: new DeskSession(),
      clock: desk.clock,
      handlers,
      onInternalError: () => {},
    });
    const login = await secondWindow.call('auth.signIn', { userId: desk.userId('孙丽'), secret: '5566' });
    expect(login.ok).toBe(true);
    const results = await Promise.all([
      desk.router.call('holds.request', {
        unitId: unit.id,
        customerName: '甲',
        customerPhone: '13800000001',
      }),
      secondWindow.call('holds.request', {
        unitId: unit.id,
        customerName: '乙',
        customerPhone: '13800000002',
      }),
      desk.router.call('holds.request', {
        unitId: unit.id,
        customerName: '丙',
        customerPhone: '13800000003',
      }),
    ]);
    oneWinner(results, ['张伟', '孙丽']);
    expect(rowCount(desk, 'unit_claims', `unit_id = ${unit.id} AND hold_id IS NOT NULL`)).toBe(1);
    expect(rowCount(desk, 'holds')).toBe(1);
  });

  test('two OS processes on the same ledger file', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '102');
    const dataDir = desk.dataDir;
    await desk.close();
    const barrier = tempDir('sitedesk-barrier-');
    const racers = [
      ['张伟', '5555'],
      ['孙丽', '5566'],
    ].map(([name, pin]) => {
      const child = spawn(
        process.execPath,
        [
          path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          'tests/support/holdRacer.ts',
          dataDir,
          name!,
          pin!,
          String(unit.id),
          barrier,
        ],
        { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      return new Promise<Envelope>((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0
            ? resolve(JSON.parse(out.trim()) as Envelope)
            : reject(new Error(`racer ${name}: ${err}`)),
        ),
      );
    });
    // both processes signed in and waiting: release them at once
    const deadline = Date.now() + 60_000;
    while (fs.readdirSync(barrier).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    fs.writeFileSync(path.join(barrier, 'go'), '');
    const results = await Promise.all(racers);
    oneWinner(results, ['张伟', '孙丽']);

    desk = await testDesk({ dataDir });
    expect(rowCount(desk, 'unit_claims', `unit_id = ${unit.id} AND hold_id IS NOT NULL`)).toBe(1);
    expect(rowCount(desk, 'holds')).toBe(1);
    await desk.signInAs('系统管理员');
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  }, 90_000);

  test('the database itself refuses a second live claim, and ending a claim whose hold has not ended', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '103');
    await desk.signInAs('张伟');
    const first = await desk.ok('holds.request', {
      unitId: unit.id,
      customerName: '甲',
      customerPhone: '13800000001',
    });
    const db = desk.ledger.sqlite;
    // a second hold row written by hand, bypassing the service
    db.pragma('foreign_keys = OFF');
    const second = db
      .prepare(
        `INSERT INTO holds (unit_id, consultant_id, requested_by, customer_name, customer_phone, at, business_date, audit_id)
         VALUES (?, ?, ?, '乙', '13800000002', '2026-11-23T02:00:00.000Z', '2026-11-23', 1)`,
      )
      .run(unit.id, desk.userId('孙丽'), desk.userId('孙丽')).lastInsertRowid;
    expect(() =>
      db
        .prepare(`INSERT INTO unit_claims (unit_id, hold_id, audit_id) VALUES (?, ?, 1)`)
        .run(unit.id, second),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.prepare(`UPDATE unit_claims SET hold_id = ? WHERE unit_id = ?`).run(second, unit.id),
    ).toThrow(/already has a live claim/);
    expect(() => db.prepare(`UPDATE unit_claims SET hold_id = NULL WHERE unit_id = ?`).run(unit.id)).toThrow(
      /ends only after its hold has ended/,
    );
    expect(() => db.prepare(`DELETE FROM unit_claims WHERE unit_id = ?`).run(unit.id)).toThrow(
      /never deleted/,
    );
    expect(() =>
      db.prepare(`UPDATE hold_events SET kind = 'released' WHERE hold_id = ?`).run(first.id),
    ).toThrow(/append-only/);
  });
});
