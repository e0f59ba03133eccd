import type { DeskSnapshot, HandoverView } from '../../shared/contract/handover';
import { atFrontDesk, type TestDesk } from './desk';
import { countersign } from './tickets';

/** 17:20 in Shanghai: the day shift ends at 17:30. */
export const DAY_END = '2026-11-23T09:20:00.000Z';

/** 王芳 at the desk, at the end of the day shift unless said otherwise. */
export const receptionistAt = (start = DAY_END): Promise<TestDesk> => atFrontDesk(start);

/** What the signed-in person hands over now, or what `fromId` hands over to them. */
export const snapshot = (desk: TestDesk, fromId?: number) =>
  desk.ok('handover.snapshot', fromId ? { fromId } : {});

/** A figure the test reads to count with: withheld (a blind count not entered yet) is a mistake. */
export function known(figure: number | null): number {
  if (figure === null) throw new Error('a figure withheld from a blind count was read to count with');
  return figure;
}

/** The form as the incoming person would send it: everything confirmed, counted as expected. */
export function fullAck(
  desk: TestDesk,
  h: HandoverView,
  snap: DeskSnapshot,
  pinOf: '陈静' | '王芳' = '陈静',
) {
  return {
    handoverId: h.id,
    countersign: countersign(desk, pinOf),
    items: h.items.map((i) => ({ name: i.name, counted: known(i.count) })),
    keys: snap.keys.map((k) => ({ keyId: k.keyId, copyNo: k.copyNo, confirmed: true })),
    mail: snap.mail.map((m) => ({ mailId: m.mailId, confirmed: true })),
    tickets: snap.tickets.map((t) => ({ typeId: t.typeId, counted: known(t.expected) })),
    cash: { countedFen: known(snap.cashExpectedFen) },
    /** Counted as expected: the review shows no difference. */
    reviewedDifferences: 0,
  };
}

/** The signed-in person writes a handover to `to`, the items as the desk has them. */
export async function startHandover(
  desk: TestDesk,
  to: string,
  extra: Partial<{ newTasks: string[]; notes: string; shiftName: string }> = {},
): Promise<HandoverView> {
  const snap = await snapshot(desk);
  return desk.ok('handover.start', {
    toUserId: desk.userId(to),
    items: snap.items.map((i) => ({ name: i.name, count: known(i.count) })),
    notes: '',
    newTasks: [],
    ...extra,
  });
}

/**
 * `by` (signed in or not) signs for everything as counted: the acknowledged handover. Signed in
 * herself, she counts blind: what she finds is `onDesk`, the desk as the outgoing person saw it.
 */
export async function acknowledgeAsCounted(
  desk: TestDesk,
  h: HandoverView,
  by: '陈静' | '王芳',
  onDesk?: DeskSnapshot,
): Promise<HandoverView> {
  return desk.ok('handover.acknowledge', fullAck(desk, h, onDesk ?? (await snapshot(desk, h.fromId)), by));
}
