import type { CallContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import { Router } from '../../electron/core/router';
import { contract } from '../../shared/contract';
import type { CallDef } from '../../shared/contract/define';
import type { TestDesk } from './desk';

/** A router over a test desk's real ledger with a few extra test channels beside the app's own. */
export function routerWith(
  d: TestDesk,
  extra: Record<string, CallDef>,
  extraHandlers: Record<string, (i: never, c: CallContext) => unknown>,
): Router {
  return new Router({
    ledger: d.ledger,
    desk: d.session,
    clock: d.clock,
    handlers: { ...handlers, ...extraHandlers },
    registry: { ...(contract as unknown as Record<string, CallDef>), ...extra },
    onInternalError: () => {},
  });
}
