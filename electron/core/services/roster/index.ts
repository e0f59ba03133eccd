import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { checkLunchCover } from './lunchCover';
import { rosterMonth } from './month';
import { setRoster } from './set';

/**
 * The duty roster 排班. Other registers read the cells in force through ./cells (`cellsBetween`,
 * `cellsOn`): attendance (late and early, absences) and, through attendance, the rotation.
 */
export { cellsBetween, cellsOn } from './cells';

export const rosterHandlers: HandlersOf<'roster'> = {
  'roster.month': (input, ctx) => rosterMonth(ctx, input.month),
  'roster.set': (input, ctx) => setRoster(ctx, input),
  'roster.checkLunchCover': (_input, ctx) => checkLunchCover(ctx),
};

export const rosterService: ServiceModule<'roster'> = {
  handlers: rosterHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // Nobody at the counter over lunch reaches the manager from any screen.
      run: async ({ call }) => void (await call('roster.checkLunchCover', {})),
    },
  ],
};
