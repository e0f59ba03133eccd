import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { receptionistAt, snapshot } from '../support/handover';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('the mail register', () => {
  test('arrivals wait at the desk by recipient until handed out; a hand-out is recorded once', async () => {
    desk = await receptionistAt();
    const letter = await desk.ok('mail.receive', {
      recipient: '3-2-801 赵女士',
      kind: 'newspaper',
    });
    await desk.ok('mail.receive', { recipient: '1-1-101 钱先生', kind: 'magazine', count: 3 });
    expect((await snapshot(desk)).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生', '3-2-801 赵女士']);
    const out = await desk.ok('mail.handOut', {
      mailId: letter.id,
      handedTo: '赵女士本人',
    });
    expect(out).toMatchObject({ handedTo: '赵女士本人', handedOutBy: '王芳' });
    expect(await desk.refused('mail.handOut', { mailId: letter.id, handedTo: '赵女士' })).toBe(
      'MAIL_ALREADY_HANDED_OUT',
    );
    expect((await snapshot(desk)).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生']);
    expect((await desk.ok('mail.list', { includeHandedOut: true })).length).toBe(2);
  });
});
