import type { Channel, Contract, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { Namespace } from '../../shared/contract';
import type { CallContext, ReadCallContext } from './context';
import type { Job } from './jobs';

/**
 * The context a channel's handler is given, by its contract's `mutates`: a call declared
 * `mutates: false` gets no ledger writer (nor the restore), so a write in it does not compile.
 * A `mutates` not known to be `true` counts as reading.
 */
export type ContextOf<C extends Channel> = Contract[C]['mutates'] extends true
  ? CallContext
  : ReadCallContext;

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: ContextOf<C>,
) => Promise<OutputOf<C>> | OutputOf<C>;

/** The handlers of one namespace, e.g. `HandlersOf<'users'>` has `users.create` and the rest. */
export type HandlersOf<NS extends string> = {
  [C in Extract<Channel, `${NS}.${string}`>]: Handler<C>;
};

export type AllHandlers = { [C in Channel]: Handler<C> };

/**
 * What a namespace's service declares in the index.ts of its folder under services: the
 * handler of every channel of the namespace, and the background jobs it runs.
 */
export interface ServiceModule<NS extends Namespace> {
  handlers: HandlersOf<NS>;
  jobs?: readonly Job[];
}
