import { createStore } from 'zustand/vanilla';
import type { SessionView } from '../../shared/contract/auth';
import type { Client } from '../api/client';

type DeskUser = NonNullable<SessionView['user']>;

/** The renderer's mirror of the desk session; the main process holds the real one. */
export interface SessionState {
  status: 'loading' | 'ready' | 'failed';
  loadError: unknown;
  setupRequired: boolean;
  user: DeskUser | null;
  locked: boolean;
  idleLockSeconds: number;
  projectName: string;
  apply(session: SessionView): void;
  /**
   * Re-reads the session. Several askers share one question under way — unless `fresh`: a caller
   * that has just changed the desk (a restore, a settings save) needs an answer asked after it.
   */
  refresh(options?: { fresh?: boolean }): Promise<void>;
  lock(): Promise<void>;
  signOut(): Promise<void>;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(client: Client) {
  // Every question about the session is numbered when asked. The main process answers in the
  // order it hears, so a later question's answer describes the desk at least as it was then; an
  // answer is applied only if no later question's answer has been. Otherwise a refresh asked
  // before Ctrl+L and answered after the lock would reopen a desk the main process has locked.
  let asked = 0;
  let applied = 0;
  let inFlight: { seq: number; answered: Promise<void> } | null = null;

  return createStore<SessionState>()((set, get) => {
    function settle(seq: number, session: SessionView) {
      if (seq < applied) return; // a later question has already been answered
      applied = seq;
      set({
        status: 'ready',
        loadError: null,
        setupRequired: session.setupRequired,
        user: sameUser(get().user, session.user) ? get().user : session.user,
        locked: session.locked,
        idleLockSeconds: session.idleLockSeconds,
        projectName: session.projectName,
      });
    }

    return {
      status: 'loading',
      loadError: null,
      setupRequired: false,
      user: null,
      locked: false,
      idleLockSeconds: 300,
      projectName: '',
      apply(session) {
        // From outside (sign-in, setup): an answer just received, so the newest there is; the
        // answers still on their way to older questions are dropped.
        settle(++asked, session);
      },
      refresh(options) {
        // Several refusals can arrive at once (a poll and a click); one question is enough, but
        // only while it is the latest asked: one asked before a lock or a sign-in cannot tell
        // what the desk is after it, and its answer will be dropped.
        if (!options?.fresh && inFlight?.seq === asked) return inFlight.answered;
        const seq = ++asked;
        const answered = client
          .call('auth.session', {})
          .then(
            (session) => settle(seq, session),
            (error: unknown) => {
              // Needs no number: once any answer is applied the store stays ready, so an old
              // failure never hides a newer answer.
              if (get().status !== 'ready') set({ status: 'failed', loadError: error });
            },
          )
          .finally(() => {
            if (inFlight?.seq === seq) inFlight = null;
          });
        inFlight = { seq, answered };
        return answered;
      },
      async lock() {
        const seq = ++asked;
        settle(seq, await client.call('auth.lock', {}));
      },
      async signOut() {
        const seq = ++asked;
        settle(seq, await client.call('auth.signOut', {}));
      },
    };
  });
}

/**
 * The same person with the same roles: the store keeps its user object, so a page whose effect
 * depends on `user` or `user.roles` does not run again merely because the session was re-read
 * (every refusal re-reads it, and an effect that calls again would be refused again).
 */
function sameUser(a: DeskUser | null, b: DeskUser | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.roles.length === b.roles.length &&
    a.roles.every((role, i) => role === b.roles[i])
  );
}
