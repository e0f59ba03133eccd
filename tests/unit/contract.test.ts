import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { channels, contract, NAMESPACES } from '../../shared/contract';
import { ROLES } from '../../shared/domain/roles';

describe('the contract registry', () => {
  test('every channel is namespace.verb with a known namespace', () => {
    for (const channel of channels) {
      const [ns, verb, ...rest] = channel.split('.');
      expect(rest, channel).toEqual([]);
      expect(NAMESPACES as readonly string[], channel).toContain(ns);
      expect(verb, channel).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  test('every channel names only real roles and has a summary', () => {
    for (const channel of channels) {
      const def = contract[channel];
      if (Array.isArray(def.access)) {
        expect(def.access.length, channel).toBeGreaterThan(0);
        for (const role of def.access) expect(ROLES, channel).toContain(role);
      } else {
        expect(['public', 'signedIn'], channel).toContain(def.access);
      }
      expect(def.summary.length, channel).toBeGreaterThan(5);
    }
  });

  test('every input and output converts to JSON Schema (GET /rpc lists them)', () => {
    for (const channel of channels) {
      const def = contract[channel];
      expect(() => z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }), channel).not.toThrow();
      expect(
        () => z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
        channel,
      ).not.toThrow();
    }
  });

  test('inputs are strict objects: unknown fields are refused, not ignored', () => {
    for (const channel of channels) {
      const result = contract[channel].input.safeParse({ surprise: 1 });
      expect(result.success, channel).toBe(false);
    }
  });
});
