import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { contract, type Channel } from '../../shared/contract';
import { mountDesk, signIn, type MountedDesk } from './desk';

let mounted: MountedDesk | undefined;
afterEach(async () => {
  vi.useRealTimers();
  setVisibility('visible');
  await mounted?.desk.close();
  mounted = undefined;
});

/** Fake clock that still moves with real time, so the rest of the app behaves normally. */
function fakeClock() {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/** 30 s of the desk's clock, a second at a time, letting every answer come back in between. */
async function thirtySeconds() {
  for (let s = 0; s < 30; s++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
  }
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The calls made since `from` that a locked desk refuses (everything but the sign-in screen's). */
function refusedWhileLocked(calls: string[], from: number): string[] {
  return calls.slice(from).filter((c) => contract[c as Channel].access !== 'public');
}

const count = (calls: string[], from: number, channel: Channel) =>
  calls.slice(from).filter((c) => c === channel).length;

test('locking the screen on the ticket page calls nothing a locked desk refuses, for 30 s', async () => {
  fakeClock();
  mounted = await mountDesk({ answerLater: true });
  const { user, calls } = mounted;
  await signIn(user, '王芳', '3333');
  await user.click(await screen.findByRole('menuitem', { name: '电影票' }));
  await screen.findByRole('table', { name: '库存' });
  await waitFor(() => expect(calls).toContain('tickets.remind'));

  await user.click(screen.getByRole('button', { name: '切换用户' }));
  await screen.findByRole('dialog', { name: '屏幕已锁定' });
  const locked = calls.length;
  await thirtySeconds();

  expect(count(calls, locked, 'tickets.remind')).toBe(0);
  expect(count(calls, locked, 'auth.session')).toBeLessThanOrEqual(1);
  expect(refusedWhileLocked(calls, locked)).toEqual([]);
});

test('the board and the queue stop polling while locked, and ask at once on unlocking', async () => {
  fakeClock();
  mounted = await mountDesk({ answerLater: true });
  const { user, calls } = mounted;
  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  await screen.findByRole('group', { name: '1 层' });
  await waitFor(() => expect(calls).toContain('holds.queue'));

  await user.click(screen.getByRole('button', { name: '切换用户' }));
  await screen.findByRole('dialog', { name: '屏幕已锁定' });
  const locked = calls.length;
  await thirtySeconds();
  expect(refusedWhileLocked(calls, locked)).toEqual([]);

  const unlocked = calls.length;
  await user.keyboard('1111{Enter}');
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument());
  await waitFor(() => expect(count(calls, unlocked, 'holds.board')).toBe(1));
  await waitFor(() => expect(count(calls, unlocked, 'holds.queue')).toBe(1));
});

test('a page in the background polls nothing for 30 s and asks at once when shown again', async () => {
  fakeClock();
  mounted = await mountDesk({ answerLater: true });
  const { user, calls } = mounted;
  await signIn(user, '李经理', '1111');
  await user.click(await screen.findByRole('menuitem', { name: '销控表' }));
  await screen.findByRole('group', { name: '1 层' });
  await waitFor(() => expect(calls).toContain('holds.queue'));

  act(() => setVisibility('hidden'));
  const hidden = calls.length;
  await thirtySeconds();
  expect(calls.slice(hidden)).toEqual([]);

  act(() => setVisibility('visible'));
  await waitFor(() => expect(count(calls, hidden, 'holds.board')).toBe(1));
  await waitFor(() => expect(count(calls, hidden, 'holds.queue')).toBe(1));
  await waitFor(() => expect(count(calls, hidden, 'notifications.list')).toBe(1));
});
