import { expect, test } from 'vitest';
import type { SessionView } from '../../shared/contract/auth';
import type { Client } from '../../renderer/api/client';
import { createSessionStore } from '../../renderer/stores/session';

// The session store's answers are applied in the order their questions were asked, not the order
// the answers arrive: the main process answers in the order it hears, so a later question's answer
// describes a desk at least as new as an earlier one's. (No JSX here; .tsx only because the
// component project, which holds the renderer's tests, collects .test.tsx files.)

const SIGNED_IN: SessionView = {
  setupRequired: false,
  user: { id: 1, name: '王芳', roles: ['receptionist'] },
  locked: false,
  idleLockSeconds: 300,
  projectName: '测试项目',
  businessDate: '2026-11-23',
};
const LOCKED: SessionView = { ...SIGNED_IN, locked: true };
const SIGNED_OUT: SessionView = { ...SIGNED_IN, user: null };
const SOMEONE_ELSE: SessionView = { ...SIGNED_IN, user: { id: 2, name: '李强', roles: ['manager'] } };

interface Pending {
  channel: string;
  answer(session: SessionView): Promise<void>;
  refuse(error: unknown): Promise<void>;
}

/** A host whose every call waits until the test answers it by hand. */
function handHost() {
  const pending: Pending[] = [];
  const client = {
    call: (channel: string) =>
      new Promise((resolve, reject) => {
        pending.push({
          channel,
          // Let the store's .then/await run before the test looks.
          answer: async (session) => {
            resolve(session);
            await settle();
          },
          refuse: async (error) => {
            reject(error);
            await settle();
          },
        });
      }),
    setLocale: () => undefined,
    onRefusal: () => () => undefined,
  } as unknown as Client;
  return { client, pending, channels: () => pending.map((p) => p.channel) };
}

async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function signedInStore() {
  const host = handHost();
  const session = createSessionStore(host.client);
  session.getState().apply(SIGNED_IN);
  return { ...host, session };
}

test('a refresh asked before a lock, answered after it, does not unlock the screen', async () => {
  const { session, pending } = signedInStore();
  const refreshed = session.getState().refresh();
  const locked = session.getState().lock();
  const [refresh, lock] = pending;

  await lock!.answer(LOCKED);
  await locked;
  expect(session.getState().locked).toBe(true);

  await refresh!.answer(SIGNED_IN); // the desk as it was before the lock
  await refreshed;
  expect(session.getState().locked).toBe(true);
});

test('a refresh asked before a sign-out, answered after it, does not sign the person back in', async () => {
  const { session, pending } = signedInStore();
  const refreshed = session.getState().refresh();
  const signedOut = session.getState().signOut();
  const [refresh, signOut] = pending;

  await signOut!.answer(SIGNED_OUT);
  await signedOut;
  await refresh!.answer(SIGNED_IN);
  await refreshed;
  expect(session.getState().user).toBeNull();
});

test('order is by when asked, not by kind: a refresh asked after a lock wins over it', async () => {
  const { session, pending } = signedInStore();
  const locked = session.getState().lock();
  const refreshed = session.getState().refresh();
  const [lock, refresh] = pending;

  // Between the two questions someone unlocked the desk (another window, say).
  await refresh!.answer(SIGNED_IN);
  await refreshed;
  await lock!.answer(LOCKED);
  await locked;
  expect(session.getState().locked).toBe(false);
});

test('answers arriving in the order asked are all applied', async () => {
  const { session, pending } = signedInStore();
  const refreshed = session.getState().refresh();
  const locked = session.getState().lock();
  const [refresh, lock] = pending;

  await refresh!.answer(SIGNED_IN);
  await refreshed;
  expect(session.getState().locked).toBe(false);
  await lock!.answer(LOCKED);
  await locked;
  expect(session.getState().locked).toBe(true);
});

test('a session applied directly (a sign-in answer) is newer than every answer still on its way', async () => {
  const { session, pending } = signedInStore();
  session.getState().apply(LOCKED);
  const refreshed = session.getState().refresh();
  session.getState().apply(SOMEONE_ELSE); // the sign-in overlay's answer

  await pending[0]!.answer(LOCKED);
  await refreshed;
  expect(session.getState().locked).toBe(false);
  expect(session.getState().user?.id).toBe(2);

  // And a question asked after the direct apply is applied again.
  const again = session.getState().refresh();
  await pending[1]!.answer(LOCKED);
  await again;
  expect(session.getState().locked).toBe(true);
});

test('refreshes asked while one is under way share its question', async () => {
  const { session, channels, pending } = signedInStore();
  const first = session.getState().refresh();
  const second = session.getState().refresh();
  const third = session.getState().refresh();
  expect(channels()).toEqual(['auth.session']);

  await pending[0]!.answer(LOCKED);
  await Promise.all([first, second, third]);
  expect(session.getState().locked).toBe(true);

  // Once answered, the next refresh asks again.
  void session.getState().refresh();
  expect(channels()).toEqual(['auth.session', 'auth.session']);
});

test('a first refresh that fails marks the store failed; a later answer still makes it ready', async () => {
  const host = handHost();
  const session = createSessionStore(host.client);
  const refreshed = session.getState().refresh();
  await host.pending[0]!.refuse(new Error('host gone'));
  await refreshed;
  expect(session.getState().status).toBe('failed');

  const again = session.getState().refresh();
  await host.pending[1]!.answer(SIGNED_IN);
  await again;
  expect(session.getState().status).toBe('ready');
});

test('an older refresh that fails does not mark failed a store a newer answer made ready', async () => {
  const host = handHost();
  const session = createSessionStore(host.client);
  const refreshed = session.getState().refresh();
  const locked = session.getState().lock();

  await host.pending[1]!.answer(LOCKED);
  await locked;
  await host.pending[0]!.refuse(new Error('host gone'));
  await refreshed;
  expect(session.getState().status).toBe('ready');
  expect(session.getState().locked).toBe(true);
});

test('a refresh asked after a lock does not wait on an older question, whose answer would be dropped', async () => {
  const { session, channels, pending } = signedInStore();
  const before = session.getState().refresh();
  const locked = session.getState().lock();
  const after = session.getState().refresh();
  expect(channels()).toEqual(['auth.session', 'auth.lock', 'auth.session']);

  await pending[1]!.answer(LOCKED);
  await locked;
  await pending[0]!.answer(SIGNED_IN);
  await before;
  expect(session.getState().locked).toBe(true);

  let done = false;
  void after.then(() => (done = true));
  await settle();
  expect(done).toBe(false); // its own question is still unanswered
  await pending[2]!.answer(LOCKED);
  await after;
  expect(session.getState().locked).toBe(true);
});

test('a fresh refresh (after a restore or a settings save) asks anew rather than share an older question', async () => {
  const { session, channels, pending } = signedInStore();
  const poll = session.getState().refresh(); // asked before the restore
  const afterRestore = session.getState().refresh({ fresh: true });
  expect(channels()).toEqual(['auth.session', 'auth.session']);

  await pending[1]!.answer(SIGNED_OUT); // the restored ledger: everyone signs in again
  await afterRestore;
  expect(session.getState().user).toBeNull();

  await pending[0]!.answer(SIGNED_IN); // the poll's answer, from before the restore
  await poll;
  expect(session.getState().user).toBeNull();
});
