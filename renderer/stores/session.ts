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
  refresh(): Promise<void>;
  lock(): Promise<void>;
  signOut(): Promise<void>;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(client: Client) {
  let inFlight: Promise<void> | null = null;
  return createStore<SessionState>()((set, get) => ({
    status: 'loading',
    loadError: null,
    setupRequired: false,
    user: null,
    locked: false,
    idleLockSeconds: 300,
    projectName: '',
    apply(session) {
      set({
        status: 'ready',
        loadError: null,
        setupRequired: session.setupRequired,
        user: sameUser(get().user, session.user) ? get().user : session.user,
        locked: session.locked,
        idleLockSeconds: session.idleLockSeconds,
        projectName: session.projectName,
      });
    },
    refresh() {
      // Several refusals can arrive at once (a poll and a click); one question is enough.
      inFlight ??= client
        .call('auth.session', {})
        .then(get().apply, (error: unknown) => {
          if (get().status !== 'ready') set({ status: 'failed', loadError: error });
        })
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    async lock() {
      get().apply(await client.call('auth.lock', {}));
    },
    async signOut() {
      get().apply(await client.call('auth.signOut', {}));
    },
  }));
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
