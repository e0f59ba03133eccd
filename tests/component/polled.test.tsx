import { act, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import type { SessionView } from '../../shared/contract/auth';
import type { Client } from '../../renderer/api/client';
import { DeskContext, type Desk } from '../../renderer/desk/DeskContext';
import { askAhead } from '../../renderer/hooks/askedAhead';
import { useLoaded, usePolled } from '../../renderer/hooks/usePolled';
import { createNotificationStore } from '../../renderer/stores/notifications';
import { createSessionStore } from '../../renderer/stores/session';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
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

/** A desk signed in as SIGNED_IN, its calls made through `client`. */
function signedInDesk(client: Client): Desk {
  const desk: Desk = {
    client,
    session: createSessionStore(client),
    notifications: createNotificationStore(client),
  };
  desk.session.getState().apply(SIGNED_IN);
  return desk;
}

function mount(client: Client, page: ReactNode = <Probe ms={10_000} />) {
  const desk = signedInDesk(client);
  render(<DeskContext.Provider value={desk}>{page}</DeskContext.Provider>);
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

/** A host whose calls answer when the test says, in the order they were made. */
function heldHost() {
  const pending: ((value: unknown) => void)[] = [];
  const client = {
    call: () => new Promise((resolve) => pending.push(resolve)),
    setLocale: () => undefined,
    onRefusal: () => () => undefined,
  } as unknown as Client;
  return { client, pending };
}

function Versioned({ version }: { version: number }) {
  const queue = useLoaded('holds.queue', {}, { version });
  return <output aria-label="answer">{JSON.stringify(queue.data ?? null)}</output>;
}

test('a re-read after a write: the earlier answer is dropped at once, the call made after the paint', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const host = heldHost();
  const desk = signedInDesk(host.client);
  const page = (version: number) => (
    <DeskContext.Provider value={desk}>
      <Versioned version={version} />
    </DeskContext.Provider>
  );
  const { rerender } = render(page(0));
  await advance(0);
  expect(host.pending).toHaveLength(1); // the first question is asked at once

  rerender(page(1)); // a write was shown: the page wants the same question again
  await act(async () => host.pending[0]!(['stale']));
  await advance(0);
  expect(screen.getByRole('status', { name: 'answer' })).toHaveTextContent('null');
  expect(host.pending).toHaveLength(1); // not yet: the write's frame comes first

  act(() => frames.shift()!(0));
  act(() => frames.shift()!(16));
  await advance(0);
  expect(host.pending).toHaveLength(2);
  await act(async () => host.pending[1]!(['fresh']));
  expect(screen.getByRole('status', { name: 'answer' })).toHaveTextContent('["fresh"]');
});

/**
 * A search box's logic: a query chosen by a button's click, asked from the click itself. Each
 * call records how many times the component had drawn by then.
 */
function Search({ onDrawn }: { onDrawn: () => void }) {
  const [query, setQuery] = useState('');
  const found = useLoaded('customers.search', { query }, { enabled: query !== '' });
  onDrawn();
  const choose = (next: string) => {
    found.askNow({ query: next });
    setQuery(next);
  };
  return (
    <>
      <button type="button" onClick={() => choose('5678')}>
        first
      </button>
      <button type="button" onClick={() => choose('4321')}>
        second
      </button>
      <output aria-label="found">{JSON.stringify(found.data ?? null)}</output>
    </>
  );
}

test('a question asked from the event that chose it leaves before the redraw, and only once', async () => {
  let drawn = 0;
  const asked: { input: unknown; drawnBefore: number }[] = [];
  const answers: ((value: unknown) => void)[] = [];
  const client = {
    call: (_channel: string, input: unknown) => {
      asked.push({ input, drawnBefore: drawn });
      return new Promise((resolve) => answers.push(resolve));
    },
    setLocale: () => undefined,
    onRefusal: () => () => undefined,
  } as unknown as Client;
  mount(client, <Search onDrawn={() => drawn++} />);
  expect(asked).toHaveLength(0); // nothing to search for yet: not asked

  // not yet asking (no query): the question waits for the redraw that turns asking on
  await act(async () => screen.getByRole('button', { name: 'first' }).click());
  expect(asked).toEqual([{ input: { query: '5678' }, drawnBefore: 2 }]);
  await act(async () => answers[0]!(['欧阳女士']));
  expect(screen.getByRole('status', { name: 'found' })).toHaveTextContent('["欧阳女士"]');

  // asking already: the request leaves from the click, before the page draws the new query
  const before = drawn;
  await act(async () => screen.getByRole('button', { name: 'second' }).click());
  expect(asked).toHaveLength(2);
  expect(asked[1]).toEqual({ input: { query: '4321' }, drawnBefore: before });
  expect(drawn).toBeGreaterThan(before);
  await act(async () => answers[1]!(['司马先生']));
  expect(screen.getByRole('status', { name: 'found' })).toHaveTextContent('["司马先生"]');
  expect(asked).toHaveLength(2); // the redraw for the query asked nothing more
});

function Review() {
  const review = useLoaded('visits.closeReview', { businessDate: '2026-11-23' });
  return <output aria-label="review">{review.data ? JSON.stringify(review.data) : 'none'}</output>;
}

/** A page whose button opens the review, asking its question with the click when told to. */
function Steps({ ahead, client }: { ahead: boolean; client: Client }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (ahead) askAhead(client, 'visits.closeReview', { businessDate: '2026-11-23' });
          setOpen(true);
        }}
      >
        open
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        close
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        reopen
      </button>
      {open && <Review />}
    </>
  );
}

function countingHost() {
  const asked: unknown[] = [];
  const answers: ((value: unknown) => void)[] = [];
  const client = {
    call: (_channel: string, input: unknown) => {
      asked.push(input);
      return new Promise((resolve) => answers.push(resolve));
    },
    setLocale: () => undefined,
    onRefusal: () => () => undefined,
  } as unknown as Client;
  return { client, asked, answers };
}

test('a part asked ahead by the event that opens it takes that call: one request, made before it is drawn', async () => {
  const { client, asked, answers } = countingHost();
  mount(client, <Steps ahead client={client} />);
  await act(async () => screen.getByRole('button', { name: 'open' }).click());
  expect(asked).toEqual([{ businessDate: '2026-11-23' }]);
  await act(async () => answers[0]!({ inOffice: [] }));
  expect(screen.getByRole('status', { name: 'review' })).toHaveTextContent('{"inOffice":[]}');
  expect(asked).toHaveLength(1);

  // taken once: closed and opened again without asking ahead, the part asks for itself
  await act(async () => screen.getByRole('button', { name: 'close' }).click());
  await act(async () => screen.getByRole('button', { name: 'reopen' }).click());
  expect(asked).toHaveLength(2);
});

test('a question asked ahead and not taken at once is asked afresh: a stale answer is never shown', async () => {
  vi.useFakeTimers({ toFake: ['performance', 'Date', 'setTimeout', 'clearTimeout'] });
  const { client, asked, answers } = countingHost();
  askAhead(client, 'visits.closeReview', { businessDate: '2026-11-23' });
  await advance(5_000);
  mount(client, <Steps ahead={false} client={client} />);
  await act(async () => screen.getByRole('button', { name: 'open' }).click());
  expect(asked).toHaveLength(2);
  await act(async () => answers[0]!({ stale: true }));
  await act(async () => answers[1]!({ fresh: true }));
  expect(screen.getByRole('status', { name: 'review' })).toHaveTextContent('{"fresh":true}');
});

test("a question asked ahead serves that question only: another date's review asks its own", async () => {
  const { client, asked, answers } = countingHost();
  askAhead(client, 'visits.closeReview', { businessDate: '2026-11-22' });
  mount(client, <Steps ahead={false} client={client} />);
  // another date's review: not the question asked ahead
  await act(async () => screen.getByRole('button', { name: 'open' }).click());
  expect(asked).toEqual([{ businessDate: '2026-11-22' }, { businessDate: '2026-11-23' }]);
  await act(async () => answers[1]!({ asked: 'for 23' }));
  expect(screen.getByRole('status', { name: 'review' })).toHaveTextContent('{"asked":"for 23"}');
});
