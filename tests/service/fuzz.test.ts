import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { channels, contract } from '../../shared/contract';
import { isErrorCode } from '../../shared/domain/errors';
import { ROLES, type Role } from '../../shared/domain/roles';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { AUDITED_TABLES } from '../../db/schema';
import { testDesk, type TestDesk } from '../support/desk';

/**
 * Hostile input: every channel gets random and malformed inputs, as every role. Whatever comes
 * in, the answer is the envelope, nothing crashes, and a refusal writes nothing (a refusal that
 * must leave a record, such as a wrong PIN, writes only rows sealed by an audit row marked refused).
 */
let desk: TestDesk;
beforeAll(async () => {
  desk = await testDesk();
});
afterAll(async () => desk?.close());

const people = [DEMO_ADMIN, ...DEMO_STAFF];
const personFor = (role: Role) => people.find((u) => u.roles[0] === role)!;

function fieldNames(channel: string): string[] {
  const schema = z.toJSONSchema(contract[channel as keyof typeof contract].input, {
    io: 'input',
    unrepresentable: 'any',
  }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(schema.properties ?? {});
}

/** Values that break naive code: wrong types, huge and negative numbers, odd strings. */
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(-1, 0, 1, 2, 3, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308),
  fc.constantFrom(
    '',
    ' ',
    '0000',
    '1111',
    '2026-02-30',
    '25:00',
    "'; DROP TABLE users; --",
    '\u0000',
    '𠮷'.repeat(50),
    'x'.repeat(5000),
  ),
  fc.constantFrom(null, true, false, [], {}),
);

function inputFor(channel: string) {
  const names = fieldNames(channel);
  const shaped = names.length
    ? fc.dictionary(fc.constantFrom(...names), nasty, { maxKeys: names.length })
    : fc.constant({});
  return fc.oneof(shaped, fc.jsonValue(), fc.constantFrom(undefined, null, 'text', 42, [1, 2]));
}

function snapshot() {
  const db = desk.ledger.sqlite;
  const maxAudit = (db.prepare('SELECT coalesce(max(id), 0) AS m FROM audit_log').get() as { m: number }).m;
  const counts = Object.fromEntries(
    Object.keys(AUDITED_TABLES).map((t) => [
      t,
      (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
  return { maxAudit, counts };
}

function assertNothingButRefusalRecords(before: ReturnType<typeof snapshot>, channel: string): void {
  const db = desk.ledger.sqlite;
  const newAudit = db.prepare('SELECT id, outcome FROM audit_log WHERE id > ?').all(before.maxAudit) as {
    id: number;
    outcome: string;
  }[];
  for (const row of newAudit)
    expect(row.outcome, `${channel}: refused call left an ok audit row`).toBe('refused');
  for (const table of Object.keys(AUDITED_TABLES)) {
    const fresh = db.prepare(`SELECT audit_id FROM ${table} WHERE audit_id > ?`).all(before.maxAudit) as {
      audit_id: number;
    }[];
    for (const row of fresh) {
      expect(
        newAudit.map((a) => a.id),
        `${channel}: refused call wrote ${table}`,
      ).toContain(row.audit_id);
    }
  }
}

describe('every channel under random input, as every role', () => {
  test.each(channels.map((c) => [c]))('%s', async (channel) => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES, 'nobody' as const),
        inputFor(channel),
        async (role, input) => {
          if (role === 'nobody') desk.session.signOut();
          else desk.session.signIn(desk.userId(personFor(role).name), desk.clock.now().getTime());
          const before = snapshot();
          const res = await desk.router.call(channel, input);
          expect(typeof res.ok).toBe('boolean');
          if (res.ok) return;
          expect(isErrorCode(res.error.code), `unknown code ${res.error.code}`).toBe(true);
          expect(
            res.error.code,
            `${channel} crashed on ${JSON.stringify(input)?.slice(0, 200)}: ${res.error.message}`,
          ).not.toBe('INTERNAL');
          expect(typeof res.error.message).toBe('string');
          assertNothingButRefusalRecords(before, channel);
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });

  test('after all that, the ledger still verifies', async () => {
    desk.session.signIn(desk.userId(DEMO_ADMIN.name), desk.clock.now().getTime());
    const res = await desk.router.call('audit.verify', {});
    expect(res).toMatchObject({ ok: true, data: { ok: true } });
  });
});
