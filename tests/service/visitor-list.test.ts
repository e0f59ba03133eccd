import { afterEach, expect, test } from 'vitest';
import { VISITS_PAGE, type VisitView } from '../../shared/contract/visits';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const day = (input: Record<string, unknown> = {}) => desk.ok('visits.day', input);

/** Every page of the list, `limit` at a time, put together (and each page's figures checked). */
async function allPages(limit: number, filter: Record<string, unknown> = {}): Promise<VisitView[]> {
  const whole: VisitView[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await day({ ...filter, limit, offset });
    expect(page.visits.length).toBeLessThanOrEqual(limit);
    whole.push(...page.visits);
    if (offset + limit >= page.total) return whole;
  }
}

const latestFirst = (visits: VisitView[]) =>
  [...visits].sort((a, b) => b.arrivedAt.localeCompare(a.arrivedAt) || b.id - a.id).map((v) => v.id);

test("the day's visitor list comes a page at a time, the latest arrival first; the pages put together are the whole day", async () => {
  desk = await morningAtDesk();
  const recorded: number[] = [];
  for (let i = 0; i < 23; i++) {
    // two parties at the very same minute: the later recorded comes first
    if (i !== 8) desk.clock.advance(60_000);
    const { visit } = await walkIn(desk, { name: `客户${i}`, phone: `1390000${String(i).padStart(4, '0')}` });
    recorded.push(visit.id);
  }
  for (const i of [0, 3, 8, 9, 20]) await desk.ok('visits.leave', { visitId: recorded[i]! });

  const whole = await day({ limit: 500 });
  expect(whole).toMatchObject({ total: 23, inOffice: 18 });
  expect(whole.visits.map((v) => v.id)).toEqual(latestFirst(whole.visits));
  expect(whole.visits.map((v) => v.id)).toEqual([...recorded].reverse());
  // the first page by default: the latest VISITS_PAGE of the day
  expect(VISITS_PAGE).toBeLessThan(23);
  expect((await day()).visits).toEqual(whole.visits.slice(0, VISITS_PAGE));

  for (const limit of [1, 5, 10, 23]) expect(await allPages(limit)).toEqual(whole.visits);
  const tenFrom20 = await day({ limit: 10, offset: 20 });
  expect(tenFrom20).toMatchObject({ total: 23, inOffice: 18 });
  expect(tenFrom20.visits.map((v) => v.id)).toEqual(recorded.slice(0, 3).reverse());
  expect((await day({ offset: 40 })).visits).toEqual([]);

  // only the parties still in the office: their count is the list's total
  const inOffice = await day({ inOfficeOnly: true, limit: 4 });
  expect(inOffice).toMatchObject({ total: 18, inOffice: 18 });
  const stillIn = whole.visits.filter((v) => v.leftAt === null);
  expect(await allPages(4, { inOfficeOnly: true })).toEqual(stillIn);

  // a consultant sees the visitors they received, paged the same way
  await desk.signInAs('张伟');
  const own = await day({ limit: 500 });
  expect(own.visits.length).toBeGreaterThan(0);
  expect(own.visits.every((v) => v.consultantName === '张伟')).toBe(true);
  expect(own.visits.map((v) => v.id)).toEqual(
    whole.visits.filter((v) => v.consultantName === '张伟').map((v) => v.id),
  );
  expect(own.total).toBe(own.visits.length);
  expect(own.inOffice).toBe(own.visits.filter((v) => v.leftAt === null).length);
  expect(await allPages(2)).toEqual(own.visits);
  expect(await allPages(2, { inOfficeOnly: true })).toEqual(own.visits.filter((v) => v.leftAt === null));
});
