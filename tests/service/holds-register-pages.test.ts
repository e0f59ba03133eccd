import { afterEach, describe, expect, test } from 'vitest';
import type { HoldEventView, HoldView } from '../../shared/contract/holds';
import { testDesk, type TestDesk } from '../support/desk';
import { requestAs } from '../support/holds';

let desk: TestDesk;
afterEach(async () => desk?.close());

/** Every page of the register from the newest, each asked for after the last line of the one before. */
async function pageByPage(d: TestDesk, input: Record<string, unknown>, limit: number) {
  const pages: HoldEventView[][] = [];
  for (;;) {
    const beforeId = pages.at(-1)?.at(-1)?.id;
    const page = await d.ok('holds.register', {
      ...input,
      limit,
      ...(beforeId ? { beforeId } : {}),
    });
    if (page.length === 0) return pages;
    pages.push(page);
  }
}

describe('the register page by page', () => {
  test('the pages, put together, are the whole register, for the manager and for a consultant', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const units = (await desk.ok('holds.board')).units.slice(0, 12);
    const holds: HoldView[] = [];
    for (const [i, unit] of units.entries()) {
      holds.push(await requestAs(desk, i % 3 === 0 ? '孙丽' : '张伟', unit.id));
    }
    await desk.signInAs('李经理');
    for (const hold of holds.slice(0, 8))
      await desk.ok('holds.reject', { holdId: hold.id, reason: '资料不全' });
    for (const hold of holds.slice(8)) await desk.ok('holds.approve', { holdId: hold.id });

    const whole = await desk.ok('holds.register', { limit: 2000 });
    expect(whole).toHaveLength(24);
    expect(await desk.ok('holds.register')).toEqual(whole); // 100 by default
    const pages = await pageByPage(desk, {}, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 4]);
    expect(pages.flat()).toEqual(whole);
    const requests = whole.filter((e) => e.kind === 'requested');
    expect((await pageByPage(desk, { kind: 'requested' }, 5)).flat()).toEqual(requests);

    await desk.signInAs('孙丽');
    const own = await desk.ok('holds.register', { limit: 2000 });
    expect(own.length).toBe(8); // her four holds, each asked for and decided
    expect(own.every((e) => e.consultantName === '孙丽')).toBe(true);
    expect((await pageByPage(desk, {}, 3)).flat()).toEqual(own);
  });
});
