import { afterEach, expect, test } from 'vitest';
import type { KeyMovementView } from '../../shared/contract/keys';
import { addDays } from '../../shared/domain/businessDate';
import { testDesk, type TestDesk } from '../support/desk';
import { seeded } from '../support/seeded';

let desk: TestDesk;
afterEach(async () => desk?.close());

type State = { state: 'home' | 'out' | 'lost'; holder: string | null };

/**
 * An independent fold of the register up to the end of `date`: the copies out then, as the day
 * sheet lists them (by tag, then copy). No code shared with the service.
 */
function outAt(movements: KeyMovementView[], date: string) {
  const last = new Map<string, KeyMovementView>();
  for (const m of [...movements].sort((a, b) => a.id - b.id)) {
    if (m.businessDate <= date) last.set(`${m.tag}#${m.copyNo}`, m);
  }
  return [...last.values()]
    .filter((m) => m.kind === 'issued' || m.kind === 'handed_over')
    .sort((a, b) => a.tag.localeCompare(b.tag) || a.copyNo - b.copyNo)
    .map((m) => ({ tag: m.tag, copyNo: m.copyNo, holderName: m.holder!.name, since: m.at }));
}

test("the day sheet's keys out at the end of each date equal a replay of the register up to that date", async () => {
  const SEED = 20261124;
  const random = seeded(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  desk = await testDesk();
  await desk.signInAs('系统管理员');
  await desk.ok('settings.update', { idleLockMinutes: 240 }); // the clock jumps hours between moves
  await desk.signInAs('李经理');
  // Restricted keys would need a countersign (a second PIN check) for every issue: slow, and
  // nothing to do with dating.
  const keys = (await desk.ok('keys.board', {})).filter((k) => !k.retired && !k.restricted);
  expect(keys.length).toBeGreaterThan(1);
  const staff = ['张伟', '孙丽', '周强', '吴娜', '陈静', '刘敏'];
  const model = new Map<string, State>();
  for (const k of keys)
    for (let n = 1; n <= k.copies; n++) model.set(`${k.tag}#${n}`, { state: 'home', holder: null });

  for (let step = 0; step < 150; step++) {
    // Several moves a day, some days none: dates with and without movements.
    desk.clock.advance(Math.floor(random() * 4 * 3_600_000) + 60_000);
    const key = pick(keys);
    const copyNo = 1 + Math.floor(random() * key.copies);
    const at = `${key.tag}#${copyNo}`;
    const now = model.get(at)!;
    const tag = key.tag;
    if (now.state === 'home') {
      const holder = random() < 0.3 ? '物业师傅' : pick(staff);
      await desk.ok('keys.issue', {
        tag,
        copyNo,
        purpose: '随机',
        holder:
          holder === '物业师傅'
            ? { kind: 'outside', name: holder, phone: '13700001111' }
            : { kind: 'staff', userId: desk.userId(holder) },
      });
      model.set(at, { state: 'out', holder });
    } else if (now.state === 'lost') {
      await desk.ok('keys.found', { tag, copyNo });
      model.set(at, { state: 'home', holder: null });
    } else {
      const op = pick(['return', 'return', 'handOver', 'lost'] as const);
      if (op === 'return') {
        await desk.ok('keys.return', { tag, copyNo });
        model.set(at, { state: 'home', holder: null });
      } else if (op === 'handOver') {
        const to = pick(staff.filter((name) => name !== now.holder));
        await desk.ok('keys.handOver', { tag, copyNo, toUserId: desk.userId(to) });
        model.set(at, { state: 'out', holder: to });
      } else {
        await desk.ok('keys.reportLost', { tag, copyNo, reason: '找不到了' });
        model.set(at, { state: 'lost', holder: null });
      }
    }
  }

  const movements = await desk.ok('keys.movements', { limit: 5000 });
  expect(movements.length).toBe(150);
  const dated = movements.map((m) => m.businessDate).sort();
  const [firstDate, lastDate] = [dated[0]!, dated.at(-1)!];
  expect(addDays(firstDate, 10) < lastDate, 'the register spans many dates').toBe(true);
  let dates = 0;
  for (let date = addDays(firstDate, -1); date <= lastDate; date = addDays(date, 1)) {
    const sheet = await desk.ok('exports.daySheet', { date });
    const shown = sheet.keys.out.map((k) => ({
      tag: k.tag,
      copyNo: k.copyNo,
      holderName: k.holderName,
      since: k.since,
    }));
    expect(shown, `${date} (seed ${SEED})`).toEqual(outAt(movements, date));
    expect(sheet.summary.keysOut).toBe(shown.length);
    dates++;
  }
  expect(dates).toBeGreaterThan(10);
});
