import type { ErrorBody } from '../domain/errors';

/** What every call answers, over every transport. */
export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };
