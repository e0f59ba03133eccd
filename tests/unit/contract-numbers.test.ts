import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { channels, contract } from '../../shared/contract';

/**
 * Every number the API takes, on every channel, is refused unless it is exactly a whole number
 * in its range: never coerced from text, rounded or clamped. A form may get its reading wrong;
 * the server must still write nothing. Each field is probed alone, and the refusal must name
 * that field (not merely the input as a whole).
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

interface NumberField {
  channel: string;
  path: (string | number)[];
  minimum: number;
  maximum: number;
}

function numberFields(channel: string): NumberField[] {
  const schema = z.toJSONSchema(contract[channel as keyof typeof contract].input, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const found: NumberField[] = [];
  const walk = (s: JsonSchema, path: (string | number)[]) => {
    for (const option of s.anyOf ?? []) walk(option, path);
    if (s.type === 'integer' || s.type === 'number') {
      found.push({
        channel,
        path,
        // Every number of the contract is a whole number: an exclusive bound is one step in.
        minimum: s.minimum ?? (s.exclusiveMinimum ?? Number.NEGATIVE_INFINITY) + 1,
        maximum: s.maximum ?? (s.exclusiveMaximum ?? Number.POSITIVE_INFINITY) - 1,
      });
    }
    for (const [key, value] of Object.entries(s.properties ?? {})) walk(value, [...path, key]);
    if (s.items) walk(s.items, [...path, 0]);
  };
  walk(schema, []);
  return found;
}

const FIELDS = channels.flatMap(numberFields);

/** The input holding `value` at `path` and nothing else. */
function inputWith(path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  return typeof head === 'number' ? [inputWith(rest, value)] : { [head]: inputWith(rest, value) };
}

function refusesAt(field: NumberField, value: unknown): boolean {
  const parsed = contract[field.channel as keyof typeof contract].input.safeParse(
    inputWith(field.path, value),
  );
  if (parsed.success) return false;
  const at = JSON.stringify(field.path);
  return parsed.error.issues.some((issue) => JSON.stringify(issue.path) === at);
}

/** What people type or send besides a whole number (a text box's text is never a number). */
const NOT_NUMBERS: unknown[] = [
  '-2',
  '2',
  '1.5',
  'abc',
  '',
  ' ',
  '🎫',
  '１２',
  1.5,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  true,
  [2],
  { value: 2 },
];

/**
 * Fields whose schema leaves the low end open because the service refuses it with its own
 * message (a person is told which line is wrong), each covered by its service test.
 */
/**
 * Figures that are signed by nature: a floor below ground; a statement's net for a day whose
 * refunds paid out by that method exceed its takings. Still bounded at both ends.
 */
const SIGNED_BY_NATURE = new Set(['units.update floor', 'dayclose.confirmTakings lines.statementFen']);

const RANGE_CHECKED_BY_SERVICE: Record<string, string> = {
  'visits.record partySize': 'PARTY_SIZE (tests/service/visits.test.ts)',
  'handover.start items.count': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover.test.ts)',
  'handover.save items.count': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover.test.ts)',
  'handover.acknowledge items.counted': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover.test.ts)',
  'handover.acknowledge tickets.counted': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover.test.ts)',
  'handover.acknowledge cash.countedFen': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover.test.ts)',
  'handover.review items.counted': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover-count.test.ts)',
  'handover.review tickets.counted': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover-count.test.ts)',
  'handover.review cash.countedFen': 'HANDOVER_COUNT_NEGATIVE (tests/service/handover-count.test.ts)',
};

const nameOf = (f: NumberField) => `${f.channel} ${f.path.filter((p) => typeof p === 'string').join('.')}`;

test('the contract takes numbers on many channels (the walk finds them)', () => {
  const names = FIELDS.map(nameOf);
  for (const expected of [
    'tickets.sell count',
    'tickets.receive count',
    'tickets.adjust countedOnHand',
    'tickets.saveType lowStockThreshold',
    'dayclose.countCash pieces.5000',
    'dayclose.close stock.counted',
    'cash.transfer amountFen',
    'visits.record partySize',
  ]) {
    expect(names).toContain(expected);
  }
});

describe.each(FIELDS.map((f) => [nameOf(f), f] as const))('%s', (_name, field) => {
  test('refuses anything but a whole number, at the field', () => {
    for (const value of NOT_NUMBERS) {
      expect(refusesAt(field, value), `${nameOf(field)} took ${JSON.stringify(value)}`).toBe(true);
    }
  });

  test('refuses just outside its range and never clamps', () => {
    const ranged = RANGE_CHECKED_BY_SERVICE[nameOf(field)];
    if (ranged) {
      expect(Number.isFinite(field.maximum), `${nameOf(field)} has no upper bound`).toBe(true);
      expect(refusesAt(field, field.maximum + 1)).toBe(true);
      return;
    }
    expect(Number.isFinite(field.minimum), `${nameOf(field)} has no lower bound`).toBe(true);
    expect(Number.isFinite(field.maximum), `${nameOf(field)} has no upper bound`).toBe(true);
    expect(refusesAt(field, field.minimum - 1), `${nameOf(field)} took ${field.minimum - 1}`).toBe(true);
    if (field.maximum < Number.MAX_SAFE_INTEGER) {
      expect(refusesAt(field, field.maximum + 1), `${nameOf(field)} took ${field.maximum + 1}`).toBe(true);
    }
    // The bounds themselves are taken as they are (the field is not refused there).
    expect(refusesAt(field, field.minimum)).toBe(false);
    expect(refusesAt(field, Math.min(field.maximum, Number.MAX_SAFE_INTEGER))).toBe(false);
  });

  test('counts, pieces and amounts are never negative', () => {
    if (SIGNED_BY_NATURE.has(nameOf(field)) || RANGE_CHECKED_BY_SERVICE[nameOf(field)]) return;
    expect(refusesAt(field, -2), `${nameOf(field)} took -2`).toBe(true);
  });
});
