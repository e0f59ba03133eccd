import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { testDesk, type TestDesk } from '../support/desk';

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
