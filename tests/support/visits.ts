import type { OutputOf } from '../../shared/contract';
import type { OwnershipRule } from '../../shared/domain/vocab';
import { atFrontDesk, type TestDesk } from './desk';

/** Shortcuts for the visitor-log tests: the demo office's four consultants and the desk. */
export const CONSULTANTS = ['张伟', '孙丽', '周强', '吴娜'] as const;

export async function setTodaysOrder(desk: TestDesk, names: readonly string[] = CONSULTANTS): Promise<void> {
  await desk.ok('rotation.setOrder', { consultantIds: names.map((n) => desk.userId(n)) });
}

/** The administrator sets who receives a returning visitor who names nobody; 王芳 is back. */
export async function setOwnershipRule(desk: TestDesk, ownership: OwnershipRule): Promise<void> {
  await desk.signInAs('系统管理员');
  await desk.ok('settings.update', { ownership });
  await desk.signInAs('王芳');
}

/**
 * 王芳 at the desk in the morning with today's rotation of the four consultants set; the office
 * keeps the rulebook's ownership rule unless told otherwise.
 */
export async function morningAtDesk(options: { ownership?: OwnershipRule } = {}): Promise<TestDesk> {
  const desk = await atFrontDesk();
  if (options.ownership) await setOwnershipRule(desk, options.ownership);
  await setTodaysOrder(desk);
  return desk;
}

export async function walkIn(
  desk: TestDesk,
  fields: { name?: string; phone?: string; named?: string; channel?: string; partySize?: number } = {},
): Promise<OutputOf<'visits.record'>> {
  return desk.ok('visits.record', {
    customerName: fields.name ?? '王先生',
    ...(fields.phone ? { phone: fields.phone } : {}),
    ...(fields.named ? { namedConsultantId: desk.userId(fields.named) } : {}),
    channel: fields.channel ?? '路过',
    partySize: fields.partySize ?? 1,
  });
}

export async function queueNames(desk: TestDesk): Promise<string[]> {
  const view = await desk.ok('rotation.today');
  return view.queue.map((q) => (q.away ? `(${q.name})` : q.name));
}
