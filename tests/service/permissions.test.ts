import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { channels, contract } from '../../shared/contract';
import { ROLES, type Role } from '../../shared/domain/roles';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { testDesk, type TestDesk } from '../support/desk';

/**
 * Every channel called by every role, generated from the contract: proves the roles written in
 * the contract are the roles the main process enforces. New channels are covered as they land.
 */
let desk: TestDesk;
beforeAll(async () => {
  desk = await testDesk();
});
afterAll(async () => desk?.close());

const personFor = (role: Role) =>
  [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.roles.length === 1 && u.roles[0] === role)!;

/** Puts a person at the desk without typing a PIN: the matrix tests the router, not sign-in. */
function seat(role: Role): void {
  desk.session.signIn(desk.userId(personFor(role).name), desk.clock.now().getTime());
}

const GATE_CODES = ['FORBIDDEN', 'UNAUTHENTICATED', 'SCREEN_LOCKED'];

describe('the permission matrix', () => {
  test('the demo office has one person for every role', () => {
    for (const role of ROLES) expect(personFor(role), role).toBeDefined();
  });

  for (const role of ROLES) {
    test(`as ${role}`, async () => {
      const seen: string[] = [];
      for (const channel of channels) {
        const access = contract[channel].access;
        seat(role);
        const res = await desk.router.call(channel, {});
        const code = res.ok ? 'ok' : res.error.code;
        const allowed = access === 'public' || access === 'signedIn' || access.includes(role);
        if (allowed) expect(GATE_CODES, `${role} → ${channel} answered ${code}`).not.toContain(code);
        else expect(code, `${role} → ${channel}`).toBe('FORBIDDEN');
        expect(code, `${role} → ${channel} crashed`).not.toBe('INTERNAL');
        seen.push(channel);
      }
      expect(seen.length).toBe(channels.length);
    });
  }

  test('signed out, only public channels answer', async () => {
    for (const channel of channels) {
      desk.session.signOut();
      const res = await desk.router.call(channel, {});
      const code = res.ok ? 'ok' : res.error.code;
      if (contract[channel].access === 'public') expect(code, channel).not.toBe('UNAUTHENTICATED');
      else expect(code, channel).toBe('UNAUTHENTICATED');
    }
  });

  test('locked, only public channels answer', async () => {
    for (const channel of channels) {
      seat('admin');
      desk.session.lock();
      const res = await desk.router.call(channel, {});
      const code = res.ok ? 'ok' : res.error.code;
      if (contract[channel].access === 'public') expect(code, channel).not.toBe('SCREEN_LOCKED');
      else expect(code, channel).toBe('SCREEN_LOCKED');
    }
  });
});
