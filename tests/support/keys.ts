import type { TestDesk } from './desk';

/** Shared steps of the key tests: the board as the desk sees it, and holders and due times. */
export const keyBoard = (desk: TestDesk) => desk.ok('keys.board', {});

export const keyOf = async (desk: TestDesk, tag: string) =>
  (await keyBoard(desk)).find((k) => k.tag === tag)!;

export const staffHolder = (desk: TestDesk, name: string) => ({
  kind: 'staff' as const,
  userId: desk.userId(name),
});

/** The instant `m` minutes from the desk's clock (negative: in the past). */
export const minutesFromNow = (desk: TestDesk, m: number) =>
  new Date(desk.clock.now().getTime() + m * 60_000).toISOString();
