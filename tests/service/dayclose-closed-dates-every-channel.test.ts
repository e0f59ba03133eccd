import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { CallContext } from '../../electron/core/context';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import type { AllHandlers } from '../../electron/core/handler';
import { handlers } from '../../electron/core/handlers';
import { Router } from '../../electron/core/router';
import { channels, contract, type CallDef } from '../../shared/contract';
import { AppError } from '../../shared/domain/errors';
import { ROLES } from '../../shared/domain/roles';
import { testDesk, type TestDesk } from '../support/desk';
import { closeADay, closeInput, DAY, datedRows, EVENING, lastAuditId, NEXT } from '../support/dayclose';
import { countersign, demoTypes } from '../support/tickets';

/**
 * The closed-date rule for every write channel of the contract at once: generated inputs through
 * the real handlers, then probes in place of the handlers, so a channel added tomorrow is covered.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

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
    case undefined:
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
            : channel === 'dayclose.confirmTakings'
              ? { businessDate: DAY, lines: [], countersign: countersign(desk, '钱出纳') }
              : channel === 'dayclose.checkStock'
                ? { businessDate: DAY, stock: [] }
                : closeInput(desk, await demoTypes(desk)),
        );
        expect(res, channel).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED' } });
        expect(seen.length, `${channel} ran its handler on a closed date`).toBe(before);
        refusedByDate.push(channel);
      }
    }
    expect(refusedByDate.sort()).toEqual([
      'dayclose.checkStock',
      'dayclose.close',
      'dayclose.confirmTakings',
      'dayclose.countCash',
    ]);
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
