import type { Locale } from '../../shared/domain/errors';
import { canonicalJson } from './canonical';
import { deepFreeze } from './deepFreeze';

/** Enough for every question the pages of a day ask; the oldest goes first beyond it. */
export const MOST_KEPT = 200;

/** What a read may look at besides the ledger and the question itself: the clock, the desk, the host. */
export const OUTSIDE_THE_LEDGER = ['now', 'at', 'desk', 'host', 'afterCall'] as const;

/**
 * The answers of the reads the contract declares `kept`, each under its question: the channel,
 * the input, who asks, in which language, on which business date. A page asks the same questions
 * over and over between two writes (its polls, a return to a page, a second window); each is read
 * from the ledger once and answered from here until anything in the ledger changes — the router
 * drops every answer when a call commits a row or an audit row, when a call rolls back, and when
 * another connection changed the file before or during a call (LedgerCache.open and commit). An answer is kept only when its read looked
 * at nothing outside the ledger (`lookedOutside`): a board whose holds lapse with the clock is
 * read afresh each time.
 */
export class KeptAnswers {
  private readonly answers = new Map<string, unknown>();

  /** The kept answer, or `undefined` when there is none (no answer of the contract is undefined). */
  answer(question: string): unknown {
    return this.answers.get(question);
  }

  keep(question: string, answer: unknown): void {
    if (answer === undefined) return;
    if (this.answers.size >= MOST_KEPT) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(question, deepFreeze(answer));
  }

  clear(): void {
    this.answers.clear();
  }
}

/** Everything a kept answer may depend on besides the ledger's rows and settings. */
export function questionOf(
  channel: string,
  input: unknown,
  actorId: number | null,
  locale: Locale,
  businessDate: string,
): string {
  return `${channel}\u0000${actorId ?? ''}\u0000${locale}\u0000${businessDate}\u0000${canonicalJson(input)}`;
}

/**
 * Makes each named field of a call's context report being read: the router keeps a read's
 * answer only if its handler read none of them.
 */
export function lookedOutside<C extends object>(
  ctx: C,
  fields: readonly (keyof C & string)[],
): () => boolean {
  let looked = false;
  for (const field of fields) {
    const value = ctx[field];
    Object.defineProperty(ctx, field, {
      get() {
        looked = true;
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return () => looked;
}
