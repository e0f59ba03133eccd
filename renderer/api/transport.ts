import type { SiteDeskBridge } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import type { Locale } from '../../shared/domain/errors';

declare global {
  interface Window {
    /** Present only inside the Electron app (preload); the web host has no bridge. */
    sitedesk?: SiteDeskBridge;
  }
}

/** Carries one call to the main process and brings back its envelope, whatever the channel. */
export type Transport = (channel: string, input: unknown, locale: Locale) => Promise<Envelope>;

export function ipcTransport(bridge: SiteDeskBridge): Transport {
  return (channel, input, locale) => bridge.invoke(channel, input, locale);
}

/**
 * The web host. The access token travels in the HttpOnly cookie the host set when its printed
 * link was opened, so the renderer never holds it; refusals come back with an error status but
 * still carry the envelope, which is what we read.
 */
export function httpTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (channel, input, locale) => {
    const response = await fetchImpl(`/rpc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-sitedesk-lang': locale },
      body: JSON.stringify(input ?? {}),
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (isEnvelope(body)) return body;
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `HTTP ${response.status}`,
        params: { reason: `HTTP ${response.status}` },
      },
    };
  };
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  return v.ok === true || (v.ok === false && typeof v.error === 'object' && v.error !== null);
}

/** The bridge when running inside Electron, otherwise the web host's `/rpc`. */
export function autoTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.sitedesk : undefined;
  return bridge && typeof bridge.invoke === 'function' ? ipcTransport(bridge) : httpTransport();
}
