import { describe, expect, test } from 'vitest';
import { replayRotation, replaySteps, type RotationEvent } from '../../shared/domain/rotation';

const A = 1;
const B = 2;
const C = 3;
const D = 4;
const set: RotationEvent = { kind: 'set_order', order: [A, B, C, D] };

describe('replaying the day of the rotation 轮排', () => {
  test('nothing set: nobody is next', () => {
    expect(replayRotation([])).toEqual({ order: [], away: [], next: null });
  });

  test('the one who received goes to the end', () => {
    expect(replayRotation([set, { kind: 'received', consultantId: A }])).toEqual({
      order: [B, C, D, A],
      away: [],
      next: B,
    });
  });

  test('away is skipped but keeps the place; back, first again', () => {
    const away = replayRotation([set, { kind: 'away', consultantId: A }]);
    expect(away).toEqual({ order: [A, B, C, D], away: [A], next: B });
    const served = replayRotation([
      set,
      { kind: 'away', consultantId: A },
      { kind: 'received', consultantId: B },
      { kind: 'back', consultantId: A },
    ]);
    expect(served).toEqual({ order: [A, C, D, B], away: [], next: A });
  });

  test('a make-up turn puts the consultant at the head', () => {
    expect(
      replayRotation([set, { kind: 'received', consultantId: A }, { kind: 'makeup', consultantId: A }]).order,
    ).toEqual([A, B, C, D]);
    expect(replayRotation([set, { kind: 'makeup', consultantId: C }]).next).toBe(C);
  });

  test('everyone away: nobody is next', () => {
    const events: RotationEvent[] = [
      set,
      ...[A, B, C, D].map((id) => ({ kind: 'away' as const, consultantId: id })),
    ];
    expect(replayRotation(events).next).toBeNull();
  });

  test('setting the order again starts over; events about consultants off duty move nobody', () => {
    const q = replayRotation([
      set,
      { kind: 'away', consultantId: B },
      { kind: 'set_order', order: [C, B] },
      { kind: 'received', consultantId: A },
    ]);
    expect(q).toEqual({ order: [C, B], away: [], next: C });
  });

  test('the steps explain each event with the queue after it, and end where the replay ends', () => {
    const events: RotationEvent[] = [
      set,
      { kind: 'received', consultantId: A },
      { kind: 'away', consultantId: B },
    ];
    const steps = replaySteps(events);
    expect(steps.map((s) => s.next)).toEqual([A, B, C]);
    expect(steps.at(-1)).toEqual(replayRotation(events));
  });
});
