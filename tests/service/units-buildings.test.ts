import { afterEach, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

test('the buildings are listed once each in natural order; the board opens the first, or the one asked for', async () => {
  desk = await testDesk();
  await desk.signInAs('系统管理员');
  const names = ['10栋', '2栋', 'B座', '1栋', 'A座', '2栋', '21栋', '3栋'];
  const csv = [
    '楼栋,单元,楼层,房号,户型,面积(㎡),总价(元)',
    ...names.flatMap((b, i) => [
      `${b},1单元,1,1${i}1,两室,89.5,1000000`,
      `${b},2单元,2,2${i}1,两室,89.5,1000000`,
    ]),
  ].join('\r\n');
  await desk.ok('units.import', { fileName: 'b.csv', contentBase64: b64(csv) });
  await desk.signInAs('李经理');
  const buildings = await desk.ok('units.buildings', {});
  const expected = [...new Set([...names, ...buildings])].sort((a, b) =>
    a.localeCompare(b, 'zh-CN', { numeric: true }),
  );
  expect(buildings).toEqual(expected); // the demo's own building included
  expect(buildings.indexOf('2栋')).toBeLessThan(buildings.indexOf('10栋'));
  expect(buildings.indexOf('10栋')).toBeLessThan(buildings.indexOf('21栋'));

  const first = await desk.ok('holds.board', {});
  expect(first).toMatchObject({ buildings, building: buildings[0] });
  const asked = await desk.ok('holds.board', {
    building: '10栋',
  });
  expect(asked.building).toBe('10栋');
  expect(asked.units.map((u) => u.building)).toEqual(['10栋', '10栋']);
  const unknown = await desk.ok('holds.board', { building: '99栋' });
  expect(unknown.building).toBe(buildings[0]);
});
