import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { CallContext } from './context';

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: CallContext,
) => Promise<OutputOf<C>> | OutputOf<C>;

/** The handlers of one namespace, e.g. `HandlersOf<'users'>` has `users.create` and the rest. */
export type HandlersOf<NS extends string> = {
  [C in Extract<Channel, `${NS}.${string}`>]: Handler<C>;
};

export type AllHandlers = { [C in Channel]: Handler<C> };
