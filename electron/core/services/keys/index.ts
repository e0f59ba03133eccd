import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { keyDayCheck } from './dayCheck';
import { exportMovements } from './export';
import { explainOvernight, handOverKey, issueKey, markFound, reportLost, returnKey } from './movements';
import { postOverdueKeys } from './overdue';
import { createKey, retireKey, updateKey } from './register';
import { listMovements } from './register-list';
import { boardViews, loadKeyView } from './state';

/**
 * Front-desk keys (SPEC §7). Other ledgers use the service functions, never the tables:
 * `handOverDeskKeys` (shift handover) from ./movements, `keyDayCheck` (day close) from
 * ./dayCheck.
 */
export { handOverDeskKeys } from './movements';
export { keyDayCheck } from './dayCheck';

export const keysHandlers: HandlersOf<'keys'> = {
  'keys.board': (input, ctx) => boardViews(ctx, input.includeRetired),
  'keys.create': async ({ tag, ...fields }, ctx) => loadKeyView(ctx, await createKey(ctx, tag, fields)),
  'keys.update': async ({ keyId, ...fields }, ctx) => loadKeyView(ctx, await updateKey(ctx, keyId, fields)),
  'keys.retire': async (input, ctx) => loadKeyView(ctx, await retireKey(ctx, input.keyId)),
  'keys.issue': async (input, ctx) => loadKeyView(ctx, await issueKey(ctx, input)),
  'keys.return': async (input, ctx) => loadKeyView(ctx, await returnKey(ctx, input.tag, input.copyNo)),
  'keys.handOver': async (input, ctx) =>
    loadKeyView(ctx, await handOverKey(ctx, input.tag, input.copyNo, input.toUserId, input.countersign)),
  'keys.reportLost': async (input, ctx) =>
    loadKeyView(ctx, await reportLost(ctx, input.tag, input.copyNo, input.reason)),
  'keys.found': async (input, ctx) =>
    loadKeyView(ctx, await markFound(ctx, input.tag, input.copyNo, input.reason)),
  'keys.movements': (input, ctx) => listMovements(ctx, input),
  'keys.exportRegister': (input, ctx) => exportMovements(ctx, input),
  'keys.checkOverdue': (_input, ctx) => postOverdueKeys(ctx),
  'keys.dayCheck': (_input, ctx) => keyDayCheck(ctx),
  'keys.explainOvernight': async (input, ctx) => {
    await explainOvernight(ctx, input.tag, input.copyNo, input.reason);
    return { done: true as const };
  },
};

export const keysService: ServiceModule<'keys'> = {
  handlers: keysHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // Overdue keys reach the notification area from any screen, not only from the key page.
      run: async ({ call }) => void (await call('keys.checkOverdue', {})),
    },
  ],
};
