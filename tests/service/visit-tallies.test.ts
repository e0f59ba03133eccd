import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEMO_ADMIN } from '../../electron/core/demo';
import { tallyProblems, VISIT_TALLIES } from '../../electron/core/audit/visitTallies';
import { weekOf } from '../../shared/domain/visitAnalysis';
import { testDesk, type TestDesk } from '../support/desk';
import { analysisOfRows } from '../support/visitAnalysis';
import { rerunMigrations } from '../support/rewind';
import { DROP_VISIT_TALLIES } from '../support/tallies';
import { CONSULTANTS, setTodaysOrder } from '../support/visits';
import { seeded } from '../support/seeded';

/**
 * The visit and call tallies of 0015 are kept by the database from the visits and calls: the
 * analysis read from them is the analysis of the plain rows folded one by one, for any day or
 * week (returning and new, channels no longer configured, named consultants, a consultant
 * renamed, ranges without rows); nothing else can write them; `audit.verify` names a tally
 * edited behind the triggers; and the migration's backfill of an existing ledger equals them.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

// Two weeks (Monday 16th – Sunday 22nd, Monday 23rd on), days with rows and days without.
const DATES = ['2026-11-16', '2026-11-18', '2026-11-22', '2026-11-23'];
const QUIET = ['2026-11-17', '2026-11-19', '2026-11-24'];

const instant = (date: string, minutes: number) =>
  `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;

/**
 * A day of the desk through the router: visits and calls from 08:00 to 19:50 in Shanghai (00:00
 * – 11:50 UTC), a pool of phones so that customers come back (returning visits and calls), party
 * sizes 1–5, consultants by rotation or named, every channel, some calls inviting the caller.
 */
async function recordDay(d: TestDesk, date: string, seed: number, visits = 12, calls = 8) {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  d.clock.set(`${date}T12:00:00.000Z`);
  await d.signInAs('王芳');
  await setTodaysOrder(d);
  const { visitChannels, callChannels } = await d.ok('settings.get');
  const channels = visitChannels;
  const times = (n: number) =>
    Array.from({ length: n }, () => Math.floor(rnd() * 12 * 60)).sort((a, b) => a - b);
  for (const minutes of times(visits)) {
    const phone = `1380000${String(Math.floor(rnd() * 15)).padStart(4, '0')}`;
    await d.ok('visits.record', {
      customerName: `客人${phone.slice(-2)}`,
      phone,
      channel: pick(channels),
      partySize: 1 + Math.floor(rnd() * 5),
      arrivedAt: instant(date, minutes),
      ...(rnd() < 0.25 ? { namedConsultantId: d.userId(pick(CONSULTANTS)) } : {}),
    });
  }
  for (const minutes of times(calls)) {
    const phone = `1390000${String(Math.floor(rnd() * 10)).padStart(4, '0')}`;
    await d.ok('calls.record', {
      callerName: `来电${phone.slice(-2)}`,
      phone,
      at: instant(date, minutes),
      channel: pick(callChannels),
      ...(rnd() < 0.3 ? { invitedFor: pick([date, '2026-11-30']) } : {}),
    });
  }
}

async function busyDesk(seed = 1): Promise<TestDesk> {
  const d = await testDesk({ start: '2026-11-16T00:00:00.000Z' });
  for (const [i, date] of DATES.entries()) await recordDay(d, date, seed * 100 + i);
  return d;
}

/** Every day of both weeks (quiet ones too) and each week: the service's answer is the rows'. */
async function expectAnalysesOfRows(d: TestDesk) {
  await d.signInAs('李经理');
  for (const date of [...DATES, ...QUIET]) {
    const { funnel: _f, ...day } = await d.ok('visits.analysis', {
      period: 'day',
      date,
    });
    expect(day, date).toEqual(await analysisOfRows(d, date, date));
  }
  for (const date of [DATES[0]!, DATES[3]!, '2026-11-02']) {
    const { from, to } = weekOf(date);
    const { funnel: _f, ...week } = await d.ok('visits.analysis', {
      period: 'week',
      date,
    });
    expect(week, `week of ${date}`).toEqual(await analysisOfRows(d, from, to));
  }
}

type Rows = Record<string, unknown[]>;
const tallyRows = (d: TestDesk): Rows =>
  Object.fromEntries(
    VISIT_TALLIES.map((t) => [t.table, d.ledger.sqlite.prepare(`SELECT * FROM ${t.table}`).all()]),
  );

describe('来人来电分析 read from the tallies', () => {
  test('days and weeks equal the fold of the plain rows, before and after the channels and a name change', async () => {
    desk = await busyDesk();
    const counts = desk.ledger.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM visits WHERE is_returning = 1) AS returningVisits,
                (SELECT count(*) FROM calls WHERE is_returning = 1) AS returningCalls,
                (SELECT count(*) FROM calls WHERE invited_for IS NOT NULL) AS invited,
                (SELECT count(DISTINCT chosen_by) FROM visits) AS ways`,
      )
      .get() as Record<string, number>;
    expect(counts.returningVisits).toBeGreaterThan(5);
    expect(counts.returningCalls).toBeGreaterThan(3);
    expect(counts.invited).toBeGreaterThan(2);
    expect(counts.ways).toBeGreaterThan(1);
    expect(tallyProblems(desk.ledger.sqlite)).toEqual([]);
    await expectAnalysesOfRows(desk);

    // a channel taken off the list still counts under its name; a consultant renamed is shown
    // by the new name (names are applied after tallying)
    await desk.signInAs(DEMO_ADMIN.name);
    const settings = await desk.ok('settings.get');
    await desk.ok('settings.update', { visitChannels: settings.visitChannels.slice(1) });
    desk.ledger.sqlite.prepare(`UPDATE users SET name = '张伟强' WHERE name = '张伟'`).run();
    await expectAnalysesOfRows(desk);
    const week = await desk.ok('visits.analysis', { period: 'week', date: DATES[0] });
    expect(week.byConsultant.map((c) => c.name)).toContain('张伟强');
    expect(week.byChannel.map((c) => c.channel)).toContain(settings.visitChannels[0]);

    // calls appended out of date order (as a repair by hand might): a channel's first call is the
    // earliest by (date, id), as the calls are listed, not the lowest id
    const callOn = (date: string, channel: string) =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO calls (customer_id, at, business_date, channel, is_returning, answered_by,
             recorded_at, recorded_by, audit_id)
           SELECT customer_id, @at, @date, @channel, 0, answered_by, @at, recorded_by, audit_id
           FROM calls ORDER BY id DESC LIMIT 1`,
        )
        .run({ at: `${date}T03:00:00.000Z`, date, channel });
    callOn(DATES[1]!, '报纸');
    callOn(DATES[0]!, '旧渠道');
    expect(tallyProblems(desk.ledger.sqlite)).toEqual([]);
    await expectAnalysesOfRows(desk);
    const reordered = await desk.ok('visits.analysis', { period: 'week', date: DATES[0] });
    const names = reordered.byChannel.map((c) => c.channel);
    expect(names.indexOf('旧渠道')).toBeLessThan(names.indexOf('报纸'));
  });
});

describe('the tallies are written by the database alone', () => {
  test('a direct update, insert or delete of any tally is refused and changes nothing', async () => {
    desk = await busyDesk(2);
    const db = desk.ledger.sqlite;
    const before = tallyRows(desk);
    for (const t of VISIT_TALLIES) {
      const columns = [...t.keys, ...t.sums]
        .map(([name]) => name)
        .concat(t.first ? ['first_id'] : [], 'last_id');
      const [count] = t.sums[0]!;
      const newest = `(SELECT max(id) FROM ${t.source})`;
      const refused = [
        `UPDATE ${t.table} SET ${count} = ${count} + 1`,
        `UPDATE ${t.table} SET last_id = last_id`,
        `UPDATE ${t.table} SET last_id = last_id + 1`,
        // the source trigger's update, but for a key the newest row is not of
        `UPDATE ${t.table} SET ${count} = ${count} + 1, last_id = ${newest}
           WHERE business_date = (SELECT min(business_date) FROM ${t.table})`,
        `DELETE FROM ${t.table}`,
        `DELETE FROM ${t.table} WHERE last_id = (SELECT max(last_id) FROM ${t.table})`,
        `INSERT INTO ${t.table} SELECT * FROM ${t.table} ORDER BY last_id LIMIT 1`,
        `INSERT OR REPLACE INTO ${t.table} (${columns.join(', ')})
           SELECT ${columns.map((c) => (c === count ? `${c} + 1` : c)).join(', ')}
           FROM ${t.table} ORDER BY last_id DESC LIMIT 1`,
        // a new key taking in the newest row, which is not of that key
        `INSERT INTO ${t.table} (${columns.join(', ')})
           SELECT ${columns.map((c) => (c === 'business_date' ? `'2030-01-01'` : c)).join(', ')}
           FROM ${t.table} ORDER BY last_id DESC LIMIT 1`,
      ];
      for (const statement of refused) {
        expect(() => db.prepare(statement).run(), statement).toThrow(/never written directly/);
      }
    }
    expect(tallyRows(desk)).toEqual(before);
    expect(tallyProblems(db)).toEqual([]);

    // a call slipped in below the newest one would make `last_id` and `first_id` lie: refused
    const last = (db.prepare('SELECT max(id) AS id FROM calls').get() as { id: number }).id;
    const call = (id: number) =>
      db
        .prepare(
          `INSERT INTO calls (id, customer_id, at, business_date, channel, is_returning, answered_by,
             recorded_at, recorded_by, audit_id)
           SELECT ?, customer_id, at, business_date, '报纸', 0, answered_by, recorded_at, recorded_by, audit_id
           FROM calls WHERE id = ?`,
        )
        .run(id, last);
    call(last + 10);
    expect(() => call(last + 5)).toThrow(/appended after the last one/);
    expect(tallyProblems(db)).toEqual([]);
  });

  test('a tally edited behind the triggers is named by the check and by audit.verify', async () => {
    desk = await busyDesk(3);
    const db = desk.ledger.sqlite;
    db.exec('DROP TRIGGER visit_tallies_by_kind_follows_visits');
    db.prepare(`UPDATE visit_tallies_by_kind SET people = people + 7 WHERE business_date = ?`).run(DATES[1]);
    const problems = tallyProblems(db);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      table: 'visit_tallies_by_kind',
      problem: expect.stringMatching(new RegExp(`business_date ${DATES[1]}.* says .*people`)),
    });
    await desk.signInAs('李经理');
    const report = await desk.ok('audit.verify', {});
    expect(report).toMatchObject({ ok: false, firstProblem: { table: 'visit_tallies_by_kind' } });

    // a tally row missing, or one without any rows, is named too
    db.exec(
      'DROP TRIGGER call_tallies_by_channel_no_delete; DROP TRIGGER call_tallies_by_quarter_opened_by_calls',
    );
    db.prepare('DELETE FROM call_tallies_by_channel WHERE business_date = ?').run(DATES[2]);
    db.prepare(`INSERT INTO call_tallies_by_quarter VALUES ('2030-01-01', 5, 1, 1)`).run();
    const named = tallyProblems(db).map((p) => `${p.table}: ${p.problem}`);
    expect(named).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^call_tallies_by_channel: no tally for business_date ${DATES[2]}`)),
        expect.stringMatching(
          /^call_tallies_by_quarter: tally of business_date 2030-01-01.*without any calls/,
        ),
      ]),
    );
  });
});

describe('the migration backfills the tallies from an existing ledger', () => {
  test('a ledger written before 0015 gets tallies equal to its rows, and keeps them', async () => {
    desk = await busyDesk(4);
    const expected = tallyRows(desk);
    expect(Object.values(expected).every((rows) => rows.length > 0)).toBe(true);
    desk.ledger.sqlite.exec(`
      ${DROP_VISIT_TALLIES}
    `);
    await rerunMigrations(desk, ['0015_visit_tallies']);
    const dir = path.dirname(desk.ledger.file);
    await desk.close();

    desk = await testDesk({ dataDir: dir, start: '2026-11-23T12:00:00.000Z' });
    expect(tallyRows(desk)).toEqual(expected);
    expect(tallyProblems(desk.ledger.sqlite)).toEqual([]);
    await expectAnalysesOfRows(desk);
    // and the triggers keep them from there
    await recordDay(desk, '2026-11-24', 9);
    expect(tallyProblems(desk.ledger.sqlite)).toEqual([]);
    await expectAnalysesOfRows(desk);
  });
});
