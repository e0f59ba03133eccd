import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Client } from '../api/client';
import type { NotificationState, NotificationStore } from '../stores/notifications';
import type { SessionState, SessionStore } from '../stores/session';

/** What every screen of one mounted app shares: the typed client and its stores. */
export interface Desk {
  client: Client;
  session: SessionStore;
  notifications: NotificationStore;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside <DeskContext>');
  return desk;
}

export function useClient(): Client {
  return useDesk().client;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useDesk().session, selector);
}

export function useNotifications<T>(selector: (state: NotificationState) => T): T {
  return useStore(useDesk().notifications, selector);
}
