import { act, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();
afterEach(() => {
  vi.useRealTimers(); // after-hooks run in reverse: real timers are back before the desk closes
});

test('activity is reported at most every 30 s, and idleness locks the screen', async () => {
  // Fake clock that still moves with real time, so the rest of the app behaves normally.
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  const mounted = await mountDesk();
  const { user, desk, calls } = mounted;
  await signIn(user, '王芳', '3333');
  await screen.findByRole('heading', { name: '您好，王芳' });
  const touches = () => calls.filter((c) => c === 'auth.touch').length;
  const polls = () => calls.filter((c) => c === 'notifications.list').length;

  const pollsBefore = polls();
  await act(async () => {
    vi.advanceTimersByTime(31_000);
  });
  expect(polls()).toBeGreaterThan(pollsBefore); // the notification area refreshes every 30 s

  await user.keyboard('a');
  await user.keyboard('b');
  expect(touches()).toBe(1);

  await act(async () => {
    vi.advanceTimersByTime(5 * 60_000); // the default idle time
  });
  expect(await screen.findByRole('dialog', { name: '屏幕已锁定' })).toBeInTheDocument();
  expect(desk.session.locked).toBe(true);
});
