import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import type { DeskCheckKind } from '../../shared/domain/vocab';
import { DEMO_STAFF } from '../../electron/core/demo';
import type { TestDesk } from './desk';

/** Shared steps of the people registers' tests (attendance, outings, roster, checks). */

/** A demo person's own PIN. */
export function pinOf(name: string): string {
  const person = DEMO_STAFF.find((p) => p.name === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person.secret;
}

/** The person named, proved by their own PIN (a clocking, a signature). */
export function own(desk: TestDesk, name: string) {
  return { userId: desk.userId(name), secret: pinOf(name) };
}

/** Every item of the default checklist ticked. */
export function allTicked(kind: DeskCheckKind) {
  const list = kind === 'opening' ? DEFAULT_SETTINGS.openingChecklist : DEFAULT_SETTINGS.closingChecklist;
  return list.map((name) => ({ name, ticked: true }));
}

/**
 * The closing check of a date, every item ticked, signed by 王芳 with her PIN: the step of the
 * day close that comes before the signatures. Someone allowed to sign it must be signed in.
 */
export async function doClosingCheck(desk: TestDesk, date?: string) {
  return desk.ok('checks.sign', {
    kind: 'closing',
    ...(date ? { date } : {}),
    items: allTicked('closing'),
    signer: own(desk, '王芳'),
  });
}
