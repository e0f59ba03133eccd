import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { AUDITED_TABLES } from '../../db/schema';
import { AppError } from '../../shared/domain/errors';
import { Router } from '../../electron/core/router';
import type { CallContext } from '../../electron/core/context';
import type { AllHandlers } from '../../electron/core/handler';
import { handlers } from '../../electron/core/handlers';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { closeRecordOf } from '../../electron/core/services/dayclose';
import { channels, contract, type CallDef } from '../../shared/contract';
import { defineCall } from '../../shared/contract/define';
import { emptyInput, okOutput } from '../../shared/contract/common';
import { ROLES } from '../../shared/domain/roles';
import { testDesk, type TestDesk } from '../support/desk';
import { closeADay, closeInput, countWhere, DAY, handTheCash, sellADay } from '../support/dayclose';
import { requestAs } from '../support/holds';
import { countersign, demoTypes } from '../support/tickets';
import { setTodaysOrder } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const EVENING = '2026-11-23T11:45:00.000Z'; // 19:45 in Shanghai: the desk closes the day early
const NEXT = '2026-11-24';
const MIN = 60_000;

/** Tables whose rows carry a business date, and how many rows of them are dated `date`. */
function datedRows(d: TestDesk, date: string, afterAudit: number): Record<string, number> {
  const tables = ['audit_log', ...Object.keys(AUDITED_TABLES)].filter((t) =>
    (d.ledger.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).some(
      (c) => c.name === 'business_date',
    ),
  );
  return Object.fromEntries(
    tables.map((t) => [
      t,
      countWhere(
        d,
        t,
        `business_date = ? AND ${t === 'audit_log' ? 'id' : 'audit_id'} > ?`,
        date,
        afterAudit,
      ),
    ]),
  );
}

function lastAuditId(d: TestDesk): number {
  return (d.ledger.sqlite.prepare('SELECT max(id) AS m FROM audit_log').get() as { m: number }).m;
}

describe('a date closed in the evening: later writes go into the next open date', () => {
  test('a sale, a key issued, a float set after the close are dated the next day; visits and calls keep their own day', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { record, twoD } = await closeADay(desk);
    const closedAt = lastAuditId(desk);
    desk.clock.advance(60 * MIN); // 20:45, still 2026-11-23 by the clock

    await desk.signInAs('王芳');
    const sale = await desk.ok('tickets.sell', {
      typeId: twoD,
      count: 1,
      paymentMethod: 'cash',
    });
    expect(sale.businessDate).toBe(NEXT);
    // A visit is not moved: the visit log dates an arrival by its own day (its rotation), so a
    // visitor after the close is refused as a write into the closed day — the manager reopens the
    // day to log them — and nothing is written.
    await setTodaysOrder(desk);
    expect(await desk.refused('visits.record', { customerName: '晚来的客户', channel: '路过' })).toBe(
      'DAY_CLOSED',
    );
    expect(await desk.refused('calls.record', { callerName: '刘女士', channel: '网络' })).toBe('DAY_CLOSED');
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: { kind: 'staff', userId: desk.userId('张伟') },
      purpose: '看房',
    });
    await desk.signInAs('李经理');
    await desk.ok('cash.setFloat', { amountFen: 20000, reason: '备用金' });

    // The closed day is untouched: no row and no audit row dated 2026-11-23 since the close.
    expect(Object.values(datedRows(desk, DAY, closedAt)).every((n) => n === 0)).toBe(true);
    expect(await closeRecordOf(desk.ledger.db, DAY)).toEqual(record);
    // The desk now works on the next day: its lists show that day.
    expect(await desk.ok('keys.dayCheck')).toMatchObject({ businessDate: NEXT, complete: false });
  });

  test('the background jobs keep working on a closed date; a hold lapsing after the close is dated the next day', async () => {
    desk = await testDesk({ start: '2026-11-23T11:30:00.000Z' }); // 19:30
    const unit = (await desk.ledger.sqlite.prepare('SELECT id FROM units ORDER BY id LIMIT 1').get()) as {
      id: number;
    };
    const pending = await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: pending.id }); // held until 20:00
    desk.clock.set(EVENING);
    const types = await demoTypes(desk);
    await desk.signInAs('王芳');
    await handTheCash(desk, DAY, {});
    await desk.ok('dayclose.close', {
      ...closeInput(desk, types),
      stock: [
        { typeId: types.twoD, counted: 0 },
        { typeId: types.threeD, counted: 0 },
      ],
    });
    desk.clock.advance(45 * MIN); // 20:30: the hold lapsed at 20:00, on the closed day
    const system = { system: true };
    expect(await desk.router.call('holds.expireDue', {}, system)).toEqual({
      ok: true,
      data: { released: 1 },
    });
    expect(await desk.router.call('keys.checkOverdue', {}, system)).toMatchObject({ ok: true });
    expect(await desk.router.call('tickets.remind', {}, system)).toMatchObject({ ok: true });
    const lapse = desk.ledger.sqlite
      .prepare('SELECT at, business_date FROM hold_events ORDER BY id DESC LIMIT 1')
      .get() as { at: string; business_date: string };
    expect(lapse).toEqual({ at: '2026-11-23T12:00:00.000Z', business_date: NEXT });
  });

  test('a service that dates a row into a closed date is refused after its handler, nothing written', async () => {
    desk = await testDesk({ start: '2026-11-24T02:00:00.000Z' });
    await desk.signInAs('王芳');
    await handTheCash(desk, DAY, {});
    const types = await demoTypes(desk);
    await desk.ok('dayclose.close', {
      ...closeInput(desk, types),
      stock: [
        { typeId: types.twoD, counted: 0 },
        { typeId: types.threeD, counted: 0 },
      ],
    });
    const registry = {
      ...(contract as unknown as Record<string, CallDef>),
      'test.backdate': defineCall({
        summary: 'writes a float change dated into the closed day',
        access: 'signedIn',
        mutates: true,
        input: emptyInput,
        output: okOutput,
      }),
    };
    const backdate = async (_input: unknown, ctx: CallContext) => {
      await ctx.writer.insert('cash_float_changes', {
        at: ctx.at,
        business_date: DAY,
        desk: 'front',
        delta_fen: 100,
        reason: '补记',
        actor_id: ctx.actor!.id,
      });
      return { done: true as const };
    };
    const router = new Router({
      ledger: desk.ledger,
      desk: desk.session,
      clock: desk.clock,
      handlers: { ...handlers, 'test.backdate': backdate } as unknown as AllHandlers,
      registry,
    });
    const before = countWhere(desk, 'cash_float_changes', '1');
    const res = await router.call('test.backdate', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED', params: { date: DAY } } });
    expect(countWhere(desk, 'cash_float_changes', '1')).toBe(before);
  });
});

/** Input field names of a channel, for the generated inputs. */
function fieldNames(channel: string): string[] {
  const schema = z.toJSONSchema(contract[channel as keyof typeof contract].input, {
    io: 'input',
    unrepresentable: 'any',
  }) as { properties?: Record<string, unknown> };
  return Object.keys(schema.properties ?? {});
}

const samples = fc.oneof(
  fc.constantFrom(
    DAY,
    NEXT,
    1,
    2,
    3,
    0,
    -1,
    1.5,
    '',
    'QT',
    'YBA',
    '2D 电影票',
    '王先生',
    '13812345678',
    'cash',
    'front',
  ),
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue(),
);

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/**
 * A plausible valid input built from a channel's schema, so that most calls get past validation
 * and into their real handler: ids 1, small counts, the demo's names, instants an hour ahead.
 */
function sampleFor(schema: JsonSchema, name: string, d: TestDesk): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (branch) return sampleFor(branch, name, d);
  if (name === 'countersign') return countersign(d, '李经理');
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      return Object.fromEntries(
        Object.entries(props)
          .filter(([key]) => schema.required?.includes(key))
          .map(([key, sub]) => [key, sampleFor(sub, key, d)]),
      );
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        sampleFor(schema.items ?? {}, name, d),
      );
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, /fen/i.test(name) ? 100 : 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'date-time') return new Date(d.clock.now().getTime() + 3600_000).toISOString();
      if (/date|for$|from$|to$/i.test(name)) return NEXT;
      if (/tag/i.test(name)) return 'YBA';
      if (/phone/i.test(name)) return '13812345678';
      if (/secret|pin/i.test(name)) return '3333';
      if (/cutoff/i.test(name)) return '04:00';
      return '测试'.padEnd(Math.max(2, schema.minLength ?? 2), '试');
    default:
      return {};
  }
}

describe('after the close, every write channel of every ledger', () => {
  test('runs its handler only on an open date, refuses the closed date named in its input, and writes nothing into it', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    await closeADay(desk);
    const closedAt = lastAuditId(desk);

    // The real handlers, each wrapped to record the business date it was given.
    const seen: { channel: string; date: string }[] = [];
    const spied = Object.fromEntries(
      Object.entries(handlers).map(([channel, handler]) => [
        channel,
        (input: unknown, ctx: CallContext) => {
          seen.push({ channel, date: ctx.businessDate });
          return (handler as (i: unknown, c: CallContext) => unknown)(input, ctx);
        },
      ]),
    ) as unknown as AllHandlers;
    const router = new Router({
      ledger: desk.ledger,
      desk: desk.session,
      clock: desk.clock,
      handlers: spied,
    });

    const people = [DEMO_ADMIN, ...DEMO_STAFF];
    // Reopening is the one act that addresses a closed date (tested below, manager only).
    const writeChannels = channels.filter((c) => (contract[c] as CallDef).mutates && c !== 'dayclose.reopen');
    expect(writeChannels.length).toBeGreaterThan(40);
    const refusedByDate: string[] = [];
    for (const channel of writeChannels) {
      const def = contract[channel] as CallDef;
      const names = fieldNames(channel);
      const schema = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const inputs = [
        sampleFor(schema, channel, desk),
        ...fc.sample(
          names.length
            ? fc.dictionary(fc.constantFrom(...names), samples, { maxKeys: names.length })
            : fc.constant({}),
          { numRuns: 6, seed: 20261123 },
        ),
      ];
      for (const role of def.access === 'public' || def.access === 'signedIn' ? ROLES : def.access) {
        const person = people.find((p) => p.roles.includes(role))!;
        for (const input of inputs) {
          desk.session.signIn(desk.userId(person.name), desk.clock.now().getTime());
          await router.call(channel, input);
        }
      }
      if (names.includes('businessDate')) {
        // The closed date named in the input: refused before the handler (and before any PIN).
        const before = seen.length;
        desk.session.signIn(desk.userId('王芳'), desk.clock.now().getTime());
        const res = await router.call(
          channel,
          channel === 'dayclose.countCash'
            ? { businessDate: DAY, pieces: {}, countersign: countersign(desk, '钱出纳') }
            : closeInput(desk, await demoTypes(desk)),
        );
        expect(res, channel).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED' } });
        expect(seen.length, `${channel} ran its handler on a closed date`).toBe(before);
        refusedByDate.push(channel);
      }
    }
    expect(refusedByDate.sort()).toEqual(['dayclose.close', 'dayclose.countCash']);
    // Every handler that ran (mutating or not) ran on the next open date, never the closed one.
    expect(seen.length).toBeGreaterThan(100);
    const ran = new Set(seen.map((s) => s.channel).filter((c) => writeChannels.includes(c as never)));
    // Most write channels reached their real handler with the sample input (57 of 61 when written;
    // the rest stop at a PIN role, a file name or the closed date itself — the probe test below
    // covers every one of them).
    expect(ran.size / writeChannels.length).toBeGreaterThan(0.75);
    expect(seen.filter((s) => s.date === DAY)).toEqual([]);
    // And nothing at all was written into the closed date by any of those calls.
    expect(Object.entries(datedRows(desk, DAY, closedAt)).filter(([, n]) => n > 0)).toEqual([]);
    expect(lastAuditId(desk)).toBeGreaterThan(closedAt); // calls did get through and write
  });
});

describe('reopening', () => {
  test('only a manager reopens, with a reason; it is recorded and the date takes writes again', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { twoD, threeD } = await closeADay(desk);
    for (const person of [DEMO_ADMIN, ...DEMO_STAFF].filter((p) => !p.roles.includes('manager'))) {
      await desk.signInAs(person.name);
      expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '补录' }), person.name).toBe(
        'FORBIDDEN',
      );
    }
    await desk.ok('auth.signOut');
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '补录' })).toBe(
      'UNAUTHENTICATED',
    );
    await desk.signInAs('李经理');
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: ' ' })).toBe('INVALID_INPUT');
    expect(await desk.refused('dayclose.reopen', { businessDate: NEXT, reason: '补录' })).toBe(
      'DAYCLOSE_NOT_CLOSED',
    );
    expect(countWhere(desk, 'day_close_events', "kind = 'reopened'")).toBe(0);

    desk.clock.advance(10 * MIN);
    await desk.signInAs('李经理');
    const reopened = await desk.ok('dayclose.reopen', {
      businessDate: DAY,
      reason: '漏记一笔售票',
    });
    expect(reopened).toMatchObject({
      status: 'reopened',
      reopenings: [{ by: '李经理', reason: '漏记一笔售票', at: '2026-11-23T11:55:00.000Z' }],
    });
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '再开' })).toBe(
      'DAYCLOSE_NOT_CLOSED',
    );

    // Open again: the desk's writes are dated the day itself, and it is counted and closed anew.
    await desk.signInAs('王芳');
    const sale = await desk.ok('tickets.sell', {
      typeId: twoD,
      count: 1,
      paymentMethod: 'cash',
    });
    expect(sale.businessDate).toBe(DAY);
    const input = closeInput(desk, { twoD, threeD });
    expect(
      await desk.refused('dayclose.close', {
        ...input,
        stock: [{ typeId: twoD, counted: 17 }, input.stock[1]!],
      }),
    ).toBe('DAYCLOSE_CASH_NOT_HANDED');
    await handTheCash(desk, DAY, { 2000: 1, 1000: 1, 500: 1 });
    const again = await desk.ok('dayclose.close', {
      ...input,
      stock: [{ typeId: twoD, counted: 17 }, input.stock[1]!],
    });
    expect(again).toMatchObject({
      status: 'closed',
      handedFen: 7000 + 3500,
      reopenings: [{ reason: '漏记一笔售票' }],
    });
    expect(again.cashCounts).toHaveLength(2);
    expect(countWhere(desk, 'day_close_events', 'for_date = ?', DAY)).toBe(3);
    expect(await desk.ok('dayclose.list')).toEqual([again]);
  });

  test('a past day is closed the next morning; today stays open', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    desk.clock.set('2026-11-24T01:00:00.000Z'); // 09:00 the next day
    await desk.signInAs('王芳');
    await handTheCash(desk);
    await desk.ok('dayclose.close', closeInput(desk, types));
    const sale = await desk.ok('tickets.sell', {
      typeId: types.twoD,
      count: 1,
      paymentMethod: 'wechat',
    });
    expect(sale.businessDate).toBe(NEXT);
    expect(
      await desk.refused('dayclose.countCash', {
        businessDate: DAY,
        pieces: {},
        countersign: countersign(desk, '钱出纳'),
      }),
    ).toBe('DAY_CLOSED');
  });
});

describe('the closed-date rule sits in the router, before the handler of every write channel', () => {
  test('each write channel of the registry: its handler is given the open date; a named closed date never reaches it', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    await closeADay(desk);
    // The registry's write channels with any input admitted and no PIN asked, each handler a probe
    // that records the date it was given and refuses: what is left between the caller and the
    // handler is the router itself, the same for every channel.
    const writeChannels = channels.filter((c) => (contract[c] as CallDef).mutates && c !== 'dayclose.reopen');
    const registry = Object.fromEntries(
      writeChannels.map((c) => [
        c,
        { ...(contract[c] as CallDef), input: z.any(), countersign: undefined, access: 'signedIn' as const },
      ]),
    );
    const given = new Map<string, string[]>();
    const probes = Object.fromEntries(
      writeChannels.map((c) => [
        c,
        (_input: unknown, ctx: CallContext) => {
          given.set(c, [...(given.get(c) ?? []), ctx.businessDate]);
          throw new AppError('INVALID_INPUT', { reason: 'probe' });
        },
      ]),
    ) as unknown as AllHandlers;
    const router = new Router({
      ledger: desk.ledger,
      desk: desk.session,
      clock: desk.clock,
      handlers: probes,
      registry,
    });
    desk.session.signIn(desk.userId('王芳'), desk.clock.now().getTime());
    for (const channel of writeChannels) {
      expect(await router.call(channel, {}), channel).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', params: { reason: 'probe' } },
      });
      expect(given.get(channel), channel).toEqual([NEXT]);
      const named = await router.call(channel, { businessDate: DAY });
      expect(named, channel).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED' } });
      expect(given.get(channel), `${channel} reached its handler with a closed date`).toEqual([NEXT]);
    }
    expect(writeChannels.length).toBe(channels.filter((c) => (contract[c] as CallDef).mutates).length - 1);
  });
});
