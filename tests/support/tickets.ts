import type { TestDesk } from './desk';

/** Shared steps of the ticket tests: the demo catalogue's ids and small readers of the figures. */
export interface DemoTypes {
  twoD: number;
  threeD: number;
  cinemaId: number;
}

/** Read straight from the ledger file, so it works whoever is (or is not) signed in. */
export async function demoTypes(desk: TestDesk): Promise<DemoTypes> {
  const db = desk.ledger.sqlite;
  const id = (name: string) =>
    (db.prepare('SELECT id FROM ticket_types WHERE name = ?').get(name) as { id: number }).id;
  const cinema = db.prepare('SELECT id FROM ticket_cinemas ORDER BY id LIMIT 1').get() as { id: number };
  return Promise.resolve({ twoD: id('2D 电影票'), threeD: id('3D 电影票'), cinemaId: cinema.id });
}

export async function onHand(desk: TestDesk, typeId: number): Promise<number> {
  const lines = await desk.ok('tickets.stock');
  return lines.find((l) => l.typeId === typeId)!.onHand;
}

/** Balances as a manager sees them, by name (0 for someone who never held cash). */
export async function balances(desk: TestDesk): Promise<Record<string, number>> {
  const res = await desk.ok('cash.balances');
  return Object.fromEntries(res.people.map((p) => [p.name, p.balanceFen]));
}
export const PIN = { 李经理: '1111', 王芳: '3333', 陈静: '3344', 刘敏: '4444', 钱出纳: '6666' } as const;

export function countersign(desk: TestDesk, name: keyof typeof PIN, secret?: string) {
  return { userId: desk.userId(name), secret: secret ?? PIN[name] };
}
