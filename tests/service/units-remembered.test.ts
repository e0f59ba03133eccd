import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { CallContext } from '../../electron/core/context';
import { unitsOfBuilding } from '../../electron/core/services/units';
import { defineCall } from '../../shared/contract/define';
import { AppError } from '../../shared/domain/errors';
import { testDesk, type TestDesk } from '../support/desk';
import { routerWith } from '../support/router';

// The router keeps a building's units and the list of buildings between calls (units change on
// an import or a manager's edit, the 销控 board reads them on every call). Whatever changes them,
// the next read shows the change.

let desk: TestDesk;
afterEach(async () => desk?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const HEADER = '楼栋,单元,楼层,房号,户型,面积(㎡),总价(元)';

async function boardOf(building: string) {
  const board = await desk.ok('holds.board', { building });
  return { buildings: board.buildings, units: board.units.filter((u) => u.building === building) };
}

test('a unit imported, edited or withheld through the desk is on the next board and directory', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const before = await desk.ok('holds.board', {});
  expect(before.buildings).not.toContain('9栋');
  expect((await desk.ok('units.directory', {})).buildings).toEqual(before.buildings);

  await desk.signInAs('系统管理员');
  const csv = [HEADER, '9栋,1单元,3,301,两室,89.5,1000000'].join('\r\n');
  await desk.ok('units.import', { fileName: 'nine.csv', contentBase64: b64(csv) });
  await desk.signInAs('李经理');
  const imported = await boardOf('9栋');
  expect(imported.buildings).toContain('9栋');
  expect(imported.units.map((u) => [u.room, u.layout, u.status])).toEqual([['301', '两室', 'available']]);
  expect((await desk.ok('units.buildings', {})).includes('9栋')).toBe(true);
  expect((await desk.ok('units.directory', { building: '9栋' })).units.map((u) => u.room)).toEqual(['301']);

  const unitId = imported.units[0]!.id;
  await desk.signInAs('系统管理员');
  await desk.ok('units.update', { unitId, layout: '三室' });
  await desk.signInAs('李经理');
  expect((await boardOf('9栋')).units.map((u) => u.layout)).toEqual(['三室']);
  expect((await desk.ok('units.directory', { building: '9栋' })).units.map((u) => u.layout)).toEqual([
    '三室',
  ]);

  await desk.ok('units.setWithheld', { unitId, withheld: true });
  expect((await boardOf('9栋')).units.map((u) => u.status)).toEqual(['withheld']);
  await desk.ok('units.setWithheld', { unitId, withheld: false });
  expect((await boardOf('9栋')).units.map((u) => u.status)).toEqual(['available']);
});

test('an import tried dry leaves the kept units as they were; a change by another program is read at once', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const first = await desk.ok('holds.board', {});
  const building = first.building!;
  const unit = first.units[0]!;

  await desk.signInAs('系统管理员');
  const csv = [HEADER, '8栋,1单元,1,101,两室,89.5,1000000'].join('\r\n');
  const dry = await desk.ok('units.import', { fileName: 'eight.csv', contentBase64: b64(csv), dryRun: true });
  expect(dry.imported).toBe(1);
  await desk.signInAs('李经理');
  expect((await desk.ok('holds.board', {})).buildings).not.toContain('8栋');

  // another program writes the file (here: a second connection, triggers dropped as a forger would)
  const other = new BetterSqlite3(path.join(desk.dataDir, LEDGER_FILE_NAME));
  try {
    const triggers = other
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'units'")
      .all() as { name: string; sql: string }[];
    other.transaction(() => {
      for (const t of triggers) other.exec(`DROP TRIGGER ${t.name}`);
      other.prepare('UPDATE units SET layout = ? WHERE id = ?').run('改过', unit.id);
      for (const t of triggers) other.exec(t.sql);
    })();
  } finally {
    other.close();
  }
  const after = await desk.ok('holds.board', { building });
  expect(after.units.find((u) => u.id === unit.id)!.layout).toBe('改过');
});

// A call that writes units and reads them in the same call: what it reads is what it wrote, not
// what the router kept; and a call refused after writing leaves nothing of its write behind.
const relayout = defineCall({
  summary: "test: changes a unit's layout, then answers the layout the building's units show",
  access: 'signedIn',
  mutates: true,
  input: z.object({ unitId: z.number(), building: z.string(), layout: z.string(), fail: z.boolean() }),
  output: z.object({ seen: z.string() }),
});

test('a call that wrote units reads them afresh; a refused one leaves the kept units as they were', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const router = routerWith(
    desk,
    { 'test.relayout': relayout },
    {
      'test.relayout': async (
        input: { unitId: number; building: string; layout: string; fail: boolean },
        ctx: CallContext,
      ) => {
        await ctx.writer.update('units', input.unitId, { layout: input.layout });
        const seen = unitsOfBuilding(ctx, input.building).find((u) => u.id === input.unitId)!.layout;
        if (input.fail) throw new AppError('INVALID_INPUT', { reason: 'the test call was told to fail' });
        return { seen };
      },
    },
  );
  const layoutOnBoard = async (building: string, unitId: number) => {
    const board = await router.call('holds.board', { building });
    if (!board.ok) throw new Error(board.error.code);
    return (board.data as { units: { id: number; layout: string }[] }).units.find((u) => u.id === unitId)!
      .layout;
  };
  const first = await router.call('holds.board', {});
  if (!first.ok) throw new Error(first.error.code);
  const { building, units } = first.data as { building: string; units: { id: number; layout: string }[] };
  const unitId = units[0]!.id;
  const before = units[0]!.layout;

  expect(await router.call('test.relayout', { unitId, building, layout: '四室', fail: false })).toEqual({
    ok: true,
    data: { seen: '四室' },
  });
  expect(await layoutOnBoard(building, unitId)).toBe('四室');

  const refused = await router.call('test.relayout', { unitId, building, layout: '五室', fail: true });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await layoutOnBoard(building, unitId)).toBe('四室');
  expect(before).not.toBe('四室');
});
