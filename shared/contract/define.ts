import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * Who may make a call: `public` needs no session (sign-in screen), `signedIn` any signed-in user,
 * otherwise the user must hold at least one of the listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface CallDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  M extends boolean = boolean,
> {
  input: I;
  output: O;
  access: Access;
  /**
   * Writes to the ledger: runs in a write transaction and appends an audit row. Kept as the
   * literal `true` or `false` it is declared with: a handler of a call declared `false` is given
   * no ledger writer at all (electron/core/handler.ts).
   */
  mutates: M;
  /** A second person's PIN is required (SPEC §1 two-person acts); the router checks it. */
  countersign?: { roles: readonly Role[] };
  /**
   * Polled by the renderer without a person acting (session, notification area): does not count
   * as activity for the idle lock.
   */
  background?: boolean;
  /**
   * A read a page asks again and again (a list, a board, a search): its answer may be kept by the
   * router and given again to the same question until anything in the ledger changes
   * (electron/core/keptAnswers.ts). Only for `mutates: false`, never for a file or an export.
   */
  kept?: boolean;
  /** One line for people reading `GET /rpc` and the audit log. */
  summary: string;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType, M extends boolean>(
  def: CallDef<I, O, M>,
): CallDef<I, O, M> {
  return def;
}
