import { IPC_RPC_CHANNEL } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import { AppError, errorMessage, type ErrorCode, type Locale } from '../../shared/domain/errors';
import { isAppUrl } from './security';

/** The router as the adapter sees it; structural so tests can pass a fake. */
export interface RpcRouter {
  call(channel: string, input: unknown, options: { locale: Locale }): Promise<Envelope>;
}

/** The parts of an `IpcMainInvokeEvent` the origin check reads. */
export interface RpcSenderFrame {
  readonly url: string;
  readonly parent: unknown;
}
export interface RpcInvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: RpcSenderFrame | null;
}

export type RpcListener = (event: RpcInvokeEvent, ...args: unknown[]) => Promise<Envelope>;

export interface RpcIpcMain {
  handle(channel: string, listener: RpcListener): void;
  removeHandler(channel: string): void;
}

export interface RpcOptions {
  /** Whether the calling web contents is our main window; without it any app-origin frame is accepted. */
  isTrustedSender?: (sender: { readonly id: number }) => boolean;
  /** Where failures the router itself did not turn into an envelope are reported. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export function toLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

function refusal(code: ErrorCode, locale: Locale, params?: Record<string, string>): Envelope {
  const error = { code, message: errorMessage(code, params, locale) };
  return { ok: false, error: params ? { ...error, params } : error };
}

/**
 * Only the top frame of our own window, showing our own origin, may reach the router. A
 * navigated-away, embedded or disposed frame is refused; reading a disposed frame can throw,
 * which also counts as a refusal.
 */
export function isTrustedCaller(event: RpcInvokeEvent, options: RpcOptions = {}): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null) return false;
    if (!isAppUrl(frame.url)) return false;
    return options.isTrustedSender ? options.isTrustedSender(event.sender) : true;
  } catch {
    return false;
  }
}

/**
 * Answers one renderer call. The renderer supplies only channel, input and locale: the options
 * handed to the router are built here, so a page can never ask for a `system` call.
 */
export async function answerRpc(
  router: RpcRouter,
  event: RpcInvokeEvent,
  args: readonly unknown[],
  options: RpcOptions = {},
): Promise<Envelope> {
  const [channel, input, rawLocale] = args;
  const locale = toLocale(rawLocale);
  if (!isTrustedCaller(event, options)) return refusal('FOREIGN_ORIGIN', locale);
  if (typeof channel !== 'string') {
    return refusal('BAD_REQUEST', locale, { reason: 'channel must be a string' });
  }
  try {
    return await router.call(channel, input, { locale });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.body(locale) };
    (options.onInternalError ?? console.error)(channel, error);
    // The reason stays generic: internal details are logged in the main process, not shown.
    return refusal('INTERNAL', locale, { reason: 'unexpected failure' });
  }
}

/** Installs the single RPC handler; returns its removal so shutdown can stop new calls first. */
export function registerRpc(ipcMain: RpcIpcMain, router: RpcRouter, options: RpcOptions = {}): () => void {
  ipcMain.handle(IPC_RPC_CHANNEL, (event, ...args) => answerRpc(router, event, args, options));
  return () => ipcMain.removeHandler(IPC_RPC_CHANNEL);
}
