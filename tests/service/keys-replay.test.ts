import { afterEach, expect, test } from 'vitest';
import type { KeyMovementView } from '../../shared/contract/keys';
import { atFrontDesk, type TestDesk } from '../support/desk';
import { seeded } from '../support/seeded';

let desk: TestDesk;
afterEach(async () => desk?.close());

type Where = { state: 'home' | 'out' | 'lost'; holder: string | null };
const HOME: Where = { state: 'home', holder: null };

/** An independent fold of the movement list: no code shared with the service. */
function replay(movements: KeyMovementView[]): Map<string, Where> {
  const copies = new Map<string, Where>();
  for (const m of [...movements].sort((a, b) => a.id - b.id)) {
    const at = `${m.tag}#${m.copyNo}`;
    if (m.kind === 'issued' || m.kind === 'handed_over')
      copies.set(at, { state: 'out', holder: m.holder!.name });
    else if (m.kind === 'lost') copies.set(at, { state: 'lost', holder: null });
    else copies.set(at, HOME);
  }
  return copies;
}

test('after a random sequence of movements the board shows, for every copy, what a replay of the register gives', async () => {
  const SEED = 20261123;
  const random = seeded(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  desk = await atFrontDesk();
  const keys = await desk.ok('keys.board', {});
  const staff = ['张伟', '孙丽', '周强', '吴娜', '陈静', '刘敏'];
  /** What the test itself expects, to predict which calls are accepted. */
  const model = new Map<string, Where>();
  for (const k of keys) for (let n = 1; n <= k.copies; n++) model.set(`${k.tag}#${n}`, HOME);
  let actor = '王芳';
  const as = async (name: string) => {
    if (actor !== name) await desk.signInAs(name);
    actor = name;
  };
  let accepted = 0;

  for (let step = 0; step < 160; step++) {
    desk.clock.advance(60_000);
    const key = pick(keys);
    const copyNo = 1 + Math.floor(random() * key.copies);
    const at = `${key.tag}#${copyNo}`;
    const now = model.get(at)!;
    const op = pick(['issue', 'issue', 'issue', 'return', 'return', 'handOver', 'lost', 'found'] as const);
    let channel: string;
    let input: Record<string, unknown>;
    let expected: Where | null; // null: must be refused
    if (op === 'issue') {
      const outside = random() < 0.25;
      const name = outside ? '物业师傅' : pick(staff);
      const countersigned = random() < 0.6;
      channel = 'keys.issue';
      input = {
        tag: key.tag.toLowerCase(),
        copyNo,
        purpose: '随机',
        holder: outside
          ? { kind: 'outside', name, phone: '13700001111' }
          : { kind: 'staff', userId: desk.userId(name) },
        ...(countersigned ? { countersign: { userId: desk.userId('李经理'), secret: '1111' } } : {}),
      };
      expected =
        now.state === 'home' && (!key.restricted || countersigned) ? { state: 'out', holder: name } : null;
      await as('王芳');
    } else if (op === 'return') {
      channel = 'keys.return';
      input = { tag: key.tag, copyNo };
      expected = now.state === 'out' ? HOME : null;
      await as('王芳');
    } else if (op === 'handOver') {
      const to = pick(staff);
      // the restricted key passes from holder to holder only with the manager (000:721)
      const countersigned = random() < 0.6;
      channel = 'keys.handOver';
      input = {
        tag: key.tag,
        copyNo,
        toUserId: desk.userId(to),
        ...(countersigned ? { countersign: { userId: desk.userId('李经理'), secret: '1111' } } : {}),
      };
      expected =
        now.state === 'out' && now.holder !== to && (!key.restricted || countersigned)
          ? { state: 'out', holder: to }
          : null;
      await as('王芳');
    } else if (op === 'lost') {
      channel = 'keys.reportLost';
      input = { tag: key.tag, copyNo, reason: '找不到了' };
      expected = now.state !== 'lost' ? { state: 'lost', holder: null } : null;
      await as('李经理');
    } else {
      channel = 'keys.found';
      input = { tag: key.tag, copyNo };
      expected = now.state === 'lost' ? HOME : null;
      await as('王芳');
    }
    const res = await desk.router.call(channel, input);
    await desk.ok('auth.touch'); // a refusal is no activity: the person is still at the desk
    expect(res.ok, `step ${step} ${channel} ${JSON.stringify(input)} (seed ${SEED})`).toBe(expected !== null);
    if (expected) {
      model.set(at, expected);
      accepted++;
    }
  }
  expect(accepted).toBeGreaterThan(40); // the sequence really moved keys

  const movements = await desk.ok('keys.movements', { limit: 5000 });
  expect(movements.length).toBe(accepted);
  const replayed = replay(movements);
  const board = await desk.ok('keys.board', {});
  for (const k of board) {
    for (const c of k.copyStates) {
      const at = `${k.tag}#${c.copyNo}`;
      const shown: Where = { state: c.state, holder: c.holder?.name ?? null };
      expect(shown, at).toEqual(replayed.get(at) ?? HOME);
      expect(shown, at).toEqual(model.get(at));
    }
  }
  await as('李经理');
  expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
});
