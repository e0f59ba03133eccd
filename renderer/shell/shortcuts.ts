/**
 * The desk's keyboard shortcuts for the daily acts. One line per act: the key,
 * the page it opens and the field it puts the caret in. A shortcut whose page is not in the
 * route registry (or not open to the signed-in person) is neither shown nor active: a
 * shortcut is on exactly when its page is.
 *
 * Function keys, because the obvious alternatives are taken: Ctrl+digit and (on Linux) Alt+digit
 * switch browser tabs and cannot be claimed by a page, Alt+letter opens Electron's menu bar, and
 * Ctrl+L is already "switch user". F5 is claimed on purpose: a reload would throw away whatever
 * is half typed on the desk.
 */
export interface Shortcut {
  /** KeyboardEvent.key, also what the UI shows. */
  key: string;
  /** The route key in renderer/pages/routes.tsx. */
  route: string;
  /** Key in the `common` catalogue naming the act. */
  labelKey: string;
  /**
   * The field the act starts in; without it (or while it is not rendered yet) the first field
   * of the page.
   */
  focus?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'F2', route: 'visits', labelKey: 'shortcuts.acts.visit', focus: '#walkIn_phone' },
  { key: 'F3', route: 'calls', labelKey: 'shortcuts.acts.call', focus: '#call_phone' },
  { key: 'F4', route: 'tickets', labelKey: 'shortcuts.acts.tickets', focus: '#ticketSale_typeId' },
  { key: 'F5', route: 'keys', labelKey: 'shortcuts.acts.keys', focus: '#keyTag_tag' },
  { key: 'F6', route: 'handover', labelKey: 'shortcuts.acts.handover', focus: '#handover-write_toUserId' },
  { key: 'F7', route: 'complaints', labelKey: 'shortcuts.acts.complaint', focus: '#complaintFile_phone' },
];

/** The key that opens the shortcut list (besides `?` outside a text field). */
export const HELP_KEY = 'F1';

/** The shortcuts that lead to a page this person can open. */
export function shortcutsFor(routeKeys: readonly string[]): Shortcut[] {
  return SHORTCUTS.filter((s) => routeKeys.includes(s.route));
}

function plain(e: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): boolean {
  return !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;
}

export function matchShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>,
  shortcuts: readonly Shortcut[],
): Shortcut | undefined {
  return plain(e) ? shortcuts.find((s) => s.key === e.key) : undefined;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** F1 anywhere; `?` only when it would not be typed into a field. */
export function isHelpKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  if (e.key === HELP_KEY) return !e.shiftKey;
  return e.key === '?' && !typingIn(e.target);
}
