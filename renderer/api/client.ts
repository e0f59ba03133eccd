import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { isErrorCode, type ErrorCode, type ErrorParams, type Locale } from '../../shared/domain/errors';
import type { Transport } from './transport';

/** A refusal from the main process, kept as code + params so it is translated where shown. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: ErrorParams = {},
    readonly channel?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type RefusalListener = (error: ApiError) => void;

export interface Client {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** The language refusals are worded in (the renderer translates them itself anyway). */
  setLocale(locale: Locale): void;
  /** Hears every refusal, so the app can react to a lost session wherever it happened. */
  onRefusal(listener: RefusalListener): () => void;
}

export function createClient(transport: Transport, options: { locale?: Locale } = {}): Client {
  let locale: Locale = options.locale ?? 'zh-CN';
  const listeners = new Set<RefusalListener>();

  function refuse(error: ApiError): never {
    for (const listener of listeners) listener(error);
    throw error;
  }

  return {
    async call(channel, input) {
      let envelope;
      try {
        envelope = await transport(channel, input, locale);
      } catch (cause) {
        // The transport itself failed (host gone, IPC broken): still an ApiError for the UI.
        const reason = cause instanceof Error ? cause.message : String(cause);
        return refuse(new ApiError('INTERNAL', reason, { reason }, channel));
      }
      if (envelope.ok) return envelope.data as OutputOf<typeof channel>;
      const { code, message, params } = envelope.error;
      const known: ErrorCode = isErrorCode(code) ? code : 'INTERNAL';
      const finalParams = known === code ? (params ?? {}) : { reason: message };
      return refuse(new ApiError(known, message, finalParams, channel));
    },
    setLocale(next) {
      locale = next;
    },
    onRefusal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
