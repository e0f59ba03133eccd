import { StyleProvider } from '@ant-design/cssinjs';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { App } from '../../renderer/App';
import type { Transport } from '../../renderer/api/transport';
import type { Locale } from '../../shared/domain/errors';
import { testDesk, type TestDesk } from '../support/desk';

/** The real router over a temp SQLite ledger, reached the way the renderer reaches any host. */
export function routerTransport(desk: TestDesk): Transport {
  return (channel, input, locale) => desk.router.call(channel, input, { locale });
}

export interface MountedDesk {
  desk: TestDesk;
  user: UserEvent;
  /** Every channel the renderer called, in order. */
  calls: string[];
}

export interface MountOptions {
  demo?: boolean;
  language?: Locale;
  /**
   * Inject antd's CSS. jsdom matches every rule for every element a role query looks at, which
   * makes each query about 15 times slower; only tests that depend on computed styles (antd's
   * dialog focus trap needs `position: fixed`) pay for it.
   */
  styles?: boolean;
  /**
   * Answer each call in a later turn of the event loop, as IPC and HTTP do. The router answers
   * within microtasks otherwise, so a renderer that calls again on every answer would starve
   * the event loop instead of being counted.
   */
  answerLater?: boolean;
  /** Holds the answers of one channel until `until` settles (a slow host, a loaded machine). */
  hold?: { channel: string; until: Promise<void> };
}

export async function mountDesk(options: MountOptions = {}): Promise<MountedDesk> {
  const desk = await testDesk({ demo: options.demo ?? true });
  const user = userEvent.setup({ delay: null });
  const calls: string[] = [];
  const through = routerTransport(desk);
  const transport: Transport = (channel, input, locale) => {
    calls.push(channel);
    if (options.hold?.channel === channel)
      return options.hold.until.then(() => through(channel, input, locale));
    if (!options.answerLater) return through(channel, input, locale);
    return new Promise((resolve) => setImmediate(resolve)).then(() => through(channel, input, locale));
  };
  const app = <App transport={transport} language={options.language} />;
  render(options.styles ? app : <StyleProvider mock="server">{app}</StyleProvider>);
  return { desk, user, calls };
}

/**
 * `mountDesk` for a test file: each test mounts its own desk, and the ledger of the test is
 * closed after it. Call once at the top of the file.
 */
export function useMountDesk(): (options?: MountOptions) => Promise<MountedDesk> {
  let mounted: MountedDesk | undefined;
  afterEach(async () => {
    await mounted?.desk.close();
    mounted = undefined;
  });
  return async (options) => (mounted = await mountDesk(options));
}

/** The sign-in overlay, whether signed out or locked, in either language. */
export const OVERLAY_NAME = /^(请登录|屏幕已锁定|Sign in|Screen locked)$/;

/** Pick a name on the sign-in overlay and type the PIN, as a person would (Enter submits). */
export async function signIn(user: UserEvent, name: string, pin: string): Promise<void> {
  const overlay = await screen.findByRole('dialog', { name: OVERLAY_NAME });
  await user.click(await within(overlay).findByRole('radio', { name }));
  await user.type(within(overlay).getByLabelText(/PIN 码|密码|PIN|Password/), `${pin}{Enter}`);
}
