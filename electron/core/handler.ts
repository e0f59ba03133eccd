import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { Namespace } from '../../shared/contract';
import type { CallContext } from './context';
import type { Job } from './jobs';

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: CallContext,
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
