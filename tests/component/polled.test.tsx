import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import type { SessionView } from '../../shared/contract/auth';
import type { Client } from '../../renderer/api/client';
import { DeskContext, type Desk } from '../../renderer/desk/DeskContext';
import { usePolled } from '../../renderer/hooks/usePolled';
import { createNotificationStore } from '../../renderer/stores/notifications';
import { createSessionStore } from '../../renderer/stores/session';

afterEach(() => {
  vi.useRealTimers();
});

const SIGNED_IN: SessionView = {
  setupRequired: false,
  user: { id: 1, name: '王芳', roles: ['receptionist'] },
  locked: false,
  idleLockSeconds: 300,
  projectName: '测试项目',
  businessDate: '2026-11-23',
};

/**
 * A host whose `holds.queue` answers after `answerMs` of the fake clock, recording when each
 * call started and how many were under way at once.
 */
function slowHost(answerMs: number) {
  const starts: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const client = {
    call: (channel: string) => {
      if (channel !== 'holds.queue') throw new Error(`unexpected ${channel}`);
      starts.push(Date.now());
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      return new Promise((resolve) =>
        setTimeout(() => {
          running--;
          resolve([]);
        }, answerMs),
      );
    },
    setLocale: () => undefined,
    onRefusal: () => () => undefined,
  } as unknown as Client;
  return { client, starts, mostAtOnce: () => mostAtOnce };
}

function Probe({ ms }: { ms: number }) {
  const queue = usePolled('holds.queue', {}, ms);
  return (
    <>
      <output aria-label="answers">{queue.data ? 'yes' : 'none'}</output>
      <button type="button" onClick={() => void queue.refresh()}>
        refresh
      </button>
    </>
  );
}

function mount(client: Client) {
  const desk: Desk = {
    client,
    session: createSessionStore(client),
    notifications: createNotificationStore(client),
  };
  desk.session.getState().apply(SIGNED_IN);
  render(
    <DeskContext.Provider value={desk}>
      <Probe ms={10_000} />
    </DeskContext.Provider>,
  );
  return desk;
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

test('answers slower than the interval: one call at a time, never more often than the interval', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const host = slowHost(15_000);
  mount(host.client);
  await advance(0);
  expect(host.starts).toHaveLength(1);

  // Asked again while the first call is still under way: one more call, after it.
  act(() => screen.getByRole('button', { name: 'refresh' }).click());
  act(() => screen.getByRole('button', { name: 'refresh' }).click());
  await advance(120_000);

  expect(host.mostAtOnce()).toBe(1);
  const gaps = host.starts.slice(1).map((at, i) => at - host.starts[i]!);
  expect(gaps[0]).toBe(15_000); // the refresh, as soon as the first call answered
  for (const gap of gaps.slice(1)) expect(gap).toBeGreaterThanOrEqual(10_000);
  expect(screen.getByRole('status', { name: 'answers' })).toHaveTextContent('yes');
});

test('locked, nothing is asked; unlocked, it asks at once and then every interval', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const host = slowHost(10);
  const desk = mount(host.client);
  await advance(0);
  expect(host.starts).toHaveLength(1);

  act(() => desk.session.getState().apply({ ...SIGNED_IN, locked: true }));
  await advance(60_000);
  expect(host.starts).toHaveLength(1);

  act(() => desk.session.getState().apply(SIGNED_IN));
  await advance(0);
  expect(host.starts).toHaveLength(2);
  await advance(10_010);
  expect(host.starts).toHaveLength(3);
});
