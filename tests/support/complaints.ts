import type { InputOf, OutputOf } from '../../shared/contract';
import type { TestDesk } from './desk';

/** Shared steps of the complaint tests. */

/** 李女士's complaint about 张伟's attitude, received now at the desk; fields may be replaced. */
export function aComplaint(
  desk: TestDesk,
  extra: Partial<InputOf<'complaints.file'>> = {},
): InputOf<'complaints.file'> {
  return {
    channel: 'visit',
    customer: { kind: 'person', name: '李女士', phone: '13812345678' },
    kind: 'service',
    about: { target: 'staff', userId: desk.userId('张伟') },
    description: '接待时态度冷淡，问户型不耐烦',
    request: '道歉并换一位顾问',
    urgency: 'normal',
    ...extra,
  };
}

export const fileComplaint = (desk: TestDesk, extra: Partial<InputOf<'complaints.file'>> = {}) =>
  desk.ok('complaints.file', aComplaint(desk, extra));

/**
 * Puts a person at the desk without typing a PIN (the PIN's hash is slow on purpose): for tests
 * that act as many people many times, the sign-in is not their subject.
 */
export function seat(desk: TestDesk, name: string): void {
  desk.session.signIn(desk.userId(name), desk.clock.now().getTime());
}

/** As the app's background job runs it: a system call, whoever is (or is not) at the desk. */
export async function checkDeadlines(desk: TestDesk): Promise<OutputOf<'complaints.checkDeadlines'>> {
  const res = await desk.router.call('complaints.checkDeadlines', {}, { system: true });
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
  return res.data as OutputOf<'complaints.checkDeadlines'>;
}

/** Shanghai wall-clock time as an instant: `at('2026-11-23 10:00')`. */
export function at(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
}
