import { createStore } from 'zustand/vanilla';
import type { NotificationView } from '../../shared/contract/notifications';
import type { OutputOf } from '../../shared/contract';
import type { Client } from '../api/client';

type NotificationList = OutputOf<'notifications.list'>;

export interface NotificationState {
  items: NotificationView[];
  unread: number;
  refresh(): Promise<void>;
  /** A list read elsewhere (the shell's poll) becomes the one shown. */
  show(list: NotificationList): void;
  markAllRead(): Promise<void>;
  /** Forgets what the previous person at the desk could see. */
  reset(): void;
}

export type NotificationStore = ReturnType<typeof createNotificationStore>;

export function createNotificationStore(client: Client) {
  return createStore<NotificationState>()((set, get) => ({
    items: [],
    unread: 0,
    async refresh() {
      get().show(await client.call('notifications.list', { unreadOnly: false }));
    },
    show({ items, unread }) {
      set({ items, unread });
    },
    async markAllRead() {
      const ids = get()
        .items.filter((n) => !n.read)
        .map((n) => n.id);
      if (ids.length === 0) return;
      // The server caps one call at 500 ids; the list itself never holds more than 200.
      await client.call('notifications.markRead', { ids: ids.slice(0, 500) });
      await get().refresh();
    },
    reset() {
      set({ items: [], unread: 0 });
    },
  }));
}
