import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Client } from '../api/client';

/**
 * Questions asked by the event that opens a part of the page, before that part is drawn: the
 * part's `useLoaded` of the same question, mounting in the render that follows, takes the call
 * already under way instead of making its own once the drawing is done. A step of the day close
 * drew for 25–45 ms before its list's request left; asked with the key, the answer travels while
 * the step is drawn.
 *
 * One question is kept at a time, for a moment only: what is not taken within `FRESH_MS` (the part
 * was not drawn after all, or the screen was locked meanwhile) is asked afresh by the hook.
 */
const FRESH_MS = 2_000;

let ahead: { question: string; at: number; answer: Promise<unknown> } | null = null;

/**
 * A question as `useLoaded` names it: the channel and its input as JSON (`inputKey`). Both sides
 * name it here, so a question asked ahead is found by the hook that asks the same.
 */
export function questionOf(channel: Channel, inputKey: string): string {
  return `${channel} ${inputKey}`;
}

export function inputKeyOf(input: unknown): string {
  return JSON.stringify(input ?? {});
}

/** Asks now; the next hook to ask the same question within FRESH_MS gets this call's answer. */
export function askAhead<C extends Channel>(client: Client, channel: C, input: InputOf<C>): void {
  const answer = client.call(channel, input);
  // taken or not, a refusal is not left unhandled here: the hook that takes it shows it
  answer.catch(() => undefined);
  ahead = { question: questionOf(channel, inputKeyOf(input)), at: performance.now(), answer };
}

/** The call asked ahead for this question, once, if it is fresh; otherwise undefined. */
export function takeAskedAhead<C extends Channel>(question: string): Promise<OutputOf<C>> | undefined {
  const kept = ahead;
  if (!kept || kept.question !== question) return undefined;
  ahead = null;
  if (performance.now() - kept.at > FRESH_MS) return undefined;
  return kept.answer as Promise<OutputOf<C>>;
}
