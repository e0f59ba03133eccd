import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { UNSEALED_HASH } from '../../electron/core/audit/chain';
import type { CallContext } from '../../electron/core/context';
import { LedgerCache } from '../../electron/core/ledgerCache';
import { chainHeadOf } from '../../electron/core/services/audit/heads';
import type { AuditLogTable } from '../../db/schema';
import { postNotification } from '../../electron/core/notifications';
import type { Router } from '../../electron/core/router';
import { defineCall } from '../../shared/contract/define';
import { AppError } from '../../shared/domain/errors';
import { closeADay, lastAuditId } from '../support/dayclose';
import { testDesk, type TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';
import { routerWith } from '../support/router';

/**
 * A call's audit row is written before the rows that name it, unsealed, and sealed at the call's
 * end (db/migrations/0047_audit_row_first.ts). What must hold: no unsealed row is ever committed
 * or chained to, a sealed row never changes, and what a call sees of the chain is the chain
 * before it.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

type AuditRow = { id: number; hash: string; seal: string | null; prev_hash: string; writes: string };

const lastRow = (d: TestDesk) =>
  d.ledger.sqlite.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditRow &
    Record<string, unknown>;

const probe = defineCall({
  summary: 'test: writes a notice, then answers what the chain showed during the call',
  access: 'signedIn',
  mutates: true,
  input: z.object({ fail: z.boolean() }),
  output: z.object({ own: z.object({ hash: z.string(), seal: z.string().nullable() }), head: z.number() }),
});

function routerWithProbe(d: TestDesk): Router {
  return routerWith(
    d,
    { 'test.probe': probe },
    {
      'test.probe': async (input: { fail: boolean }, ctx: CallContext) => {
        await postNotification(ctx, {
          kind: 'system',
          severity: 'info',
          titleKey: 'test',
          params: { text: 'probe' },
          forRoles: ['manager'],
        });
        const own = await ctx.db
          .selectFrom('audit_log')
          .select(['hash', 'seal'])
          .where('id', '=', ctx.writer.auditId)
          .executeTakeFirstOrThrow();
        if (input.fail) throw new AppError('INVALID_INPUT', { reason: 'the probe was told to fail' });
        return { own, head: (await chainHeadOf(ctx.db, ctx.writer.auditId))!.id };
      },
    },
  );
}

describe('a call writes its audit row first and seals it last', () => {
  test('during the call its row is there unsealed; committed, it is sealed and the chain verifies', async () => {
    desk = await testDesk();
    await desk.signInAs('王芳');
    const before = lastRow(desk);
    const router = routerWithProbe(desk);
    const answer = await router.call('test.probe', { fail: false });
    expect(answer).toMatchObject({
      ok: true,
      data: { own: { hash: UNSEALED_HASH, seal: null }, head: before.id },
    });
    const row = lastRow(desk);
    expect(row).toMatchObject({ id: before.id + 1, prev_hash: before.hash, channel: 'test.probe' });
    expect(row.hash).not.toBe(UNSEALED_HASH);
    expect(row.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(row.writes)).toEqual([['notifications', expect.any(Number), expect.any(String)]]);
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: true, firstProblem: null });
  });

  test('a call refused after writing leaves neither its rows nor its audit row; the next call chains on', async () => {
    desk = await testDesk();
    await desk.signInAs('王芳');
    const before = lastRow(desk);
    const notices = rowCount(desk, 'notifications');
    const router = routerWithProbe(desk);
    expect(await router.call('test.probe', { fail: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(lastRow(desk).id).toBe(before.id);
    expect(rowCount(desk, 'notifications')).toBe(notices);
    await desk.ok('calls.record', { callerName: '客户', phone: '13800138000', channel: '其他' });
    expect(lastRow(desk)).toMatchObject({ id: before.id + 1, prev_hash: before.hash });
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: true });
  });

  test("a day close records the head before its own row: the sheet's fingerprint is a sealed row", async () => {
    desk = await testDesk();
    await desk.signInAs('王芳');
    await closeADay(desk);
    const close = desk.ledger.sqlite
      .prepare(`SELECT id FROM audit_log WHERE channel = 'dayclose.close' ORDER BY id DESC LIMIT 1`)
      .get() as { id: number };
    const head = desk.ledger.sqlite
      .prepare('SELECT head_id, head_hash, audit_id FROM close_heads ORDER BY id DESC LIMIT 1')
      .get() as { head_id: number; head_hash: string; audit_id: number };
    const sealedBefore = desk.ledger.sqlite
      .prepare('SELECT hash FROM audit_log WHERE id = ?')
      .get(close.id - 1) as { hash: string };
    expect(head).toEqual({ head_id: close.id - 1, head_hash: sealedBefore.hash, audit_id: close.id });
    expect(head.head_hash).not.toBe(UNSEALED_HASH);
  });
});

describe('the database keeps sealed rows as they are', () => {
  /** Appends an unsealed row after the chain's tail by hand, inside an open transaction. */
  function appendUnsealed(d: TestDesk): AuditRow & Record<string, unknown> {
    const tail = lastRow(d);
    const row = {
      id: tail.id + 1,
      at: '2026-11-23T02:00:00.000Z',
      business_date: '2026-11-23',
      actor_id: null,
      countersigned_by: null,
      channel: 'test.byHand',
      outcome: 'ok',
      error_code: null,
      summary: '{}',
      writes: '[]',
      prev_hash: tail.hash,
      hash: UNSEALED_HASH,
      seal: null,
    };
    d.ledger.sqlite
      .prepare(
        `INSERT INTO audit_log (id, at, business_date, actor_id, countersigned_by, channel, outcome,
           error_code, summary, writes, prev_hash, hash, seal)
         VALUES (@id, @at, @business_date, @actor_id, @countersigned_by, @channel, @outcome,
           @error_code, @summary, @writes, @prev_hash, @hash, @seal)`,
      )
      .run(row);
    return row;
  }

  const sealing = (d: TestDesk, set: string, id: number) => () =>
    d.ledger.sqlite.prepare(`UPDATE audit_log SET ${set} WHERE id = ?`).run(id);
  const seal = `hash = '${'a'.repeat(64)}', seal = '${'b'.repeat(64)}'`;

  test('an unsealed row is sealed once, only with what a call learns at its end', async () => {
    desk = await testDesk();
    const sqlite = desk.ledger.sqlite;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const row = appendUnsealed(desk);
      const never = /append-only ledger: audit_log rows are never updated/;
      for (const changed of [
        `summary = '{"x":1}', ${seal}`,
        `channel = 'users.create', ${seal}`,
        `business_date = '2026-11-24', ${seal}`,
        `prev_hash = '${'c'.repeat(64)}', ${seal}`,
        `hash = '${'a'.repeat(64)}'`, // a hash without its seal
        `seal = '${'b'.repeat(64)}'`, // a seal on the unsealed hash
      ]) {
        expect(sealing(desk, changed, row.id)).toThrow(never);
      }
      sealing(desk, `actor_id = ${desk.userId('王芳')}, writes = '[["x",1,"y"]]', ${seal}`, row.id)();
      expect(sealing(desk, `seal = '${'d'.repeat(64)}'`, row.id)).toThrow(never);
      expect(sealing(desk, `actor_id = NULL`, row.id)).toThrow(never);
    } finally {
      sqlite.exec('ROLLBACK');
    }
    // a row that was sealed when written (every row before this release) never changes either
    expect(sealing(desk, `actor_id = NULL`, lastAuditId(desk))).toThrow(/never updated/);
  });

  test('the router seals only a row it finds unsealed: one already sealed or missing stops the commit', async () => {
    desk = await testDesk();
    const cache = new LedgerCache(desk.ledger.sqlite);
    const tail = lastRow(desk);
    const sealedOver = { ...tail, hash: 'a'.repeat(64), seal: 'b'.repeat(64) } as AuditLogTable;
    const missing = { ...sealedOver, id: tail.id + 1 };
    cache.open(true);
    try {
      expect(() => cache.sealAudit(sealedOver)).toThrow(`audit row ${tail.id} was not there to seal`);
      expect(() => cache.sealAudit(missing)).toThrow(`audit row ${tail.id + 1} was not there to seal`);
    } finally {
      cache.rollback();
    }
    expect(lastRow(desk)).toEqual(tail);
  });

  test('a row comes with its seal or as unsealed, nothing between', async () => {
    desk = await testDesk();
    const sqlite = desk.ledger.sqlite;
    const tail = lastRow(desk);
    const insert = (hash: string, sealed: string | null) => () =>
      sqlite
        .prepare(
          `INSERT INTO audit_log (id, at, business_date, channel, outcome, summary, writes, prev_hash, hash, seal)
           VALUES (?, '2026-11-23T02:00:00.000Z', '2026-11-23', 'test.byHand', 'ok', '{}', '[]', ?, ?, ?)`,
        )
        .run(tail.id + 1, tail.hash, hash, sealed);
    expect(insert('a'.repeat(64), null)).toThrow(/appended with its seal/);
    expect(insert(UNSEALED_HASH, 'b'.repeat(64))).toThrow(/appended with its seal/);
    expect(lastRow(desk).id).toBe(tail.id);
  });

  test('a row left unsealed is never chained to, and verify names it', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    // by hand, outside the router: the one way an unsealed row could be committed
    const left = appendUnsealed(desk);
    const next = await desk.router.call('calls.record', {
      callerName: '客户',
      phone: '13800138000',
      channel: '其他',
    });
    // refused by the rule that names it, not by some other check on the way
    expect(next).toMatchObject({
      ok: false,
      error: {
        code: 'LEDGER_REFUSED',
        message: expect.stringContaining('never appended after one left unsealed'),
      },
    });
    expect(lastRow(desk).id).toBe(left.id);
    const report = await desk.ok('audit.verify', {});
    expect(report).toMatchObject({ ok: false, firstProblem: { table: 'audit_log', rowId: left.id } });
  });
});
