import { AppError } from '../../../../shared/domain/errors';
import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { acknowledgeHandover } from './acknowledge';
import { countingBlind, recordCount, withholdDeclared } from './blind';
import { compareCounts } from './compare';
import { postMissedHandovers } from './missed';
import {
  deskHolder,
  handoverView,
  lastTakeover,
  listHandovers,
  refuseIfLocked,
  requireHandover,
  saveHandover,
  startHandover,
} from './records';
import { currentShift, endingShift, type ShiftOccurrence } from './shifts';
import { snapshotFor } from './snapshot';
import { addTask, completeTask, listTasks, taskView } from './tasks';

/**
 * Shift handover 交接班 / 前台交接日志 (SPEC §5). For the day close:
 *  - `handoversOfDate(ctx, businessDate)` — each handover of the date with its differences as text;
 *  - `openTasksAt(ctx, businessDate)`     — tasks still open at the end of the date.
 */
export { handoversOfDate, openTasksAt, describeDifference, type HandoverOfDate } from './dayClose';
/** For the tickets ledger: whether a seller's shift has ended since a sale. */
export { handedOverSince } from './handedOver';

const shiftView = (o: ShiftOccurrence | null) =>
  o && {
    name: o.name,
    start: o.start,
    end: o.end,
    businessDate: o.businessDate,
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
  };

export const handoverHandlers: HandlersOf<'handover'> = {
  'handover.desk': async (_input, ctx) => {
    const takenOver = ctx.actor ? await lastTakeover(ctx, ctx.actor.id) : null;
    return {
      shifts: ctx.settings.shifts,
      current: shiftView(currentShift(ctx.now, ctx.settings)),
      endingShift: shiftView(endingShift(ctx.now, ctx.settings, takenOver)),
      holder: await deskHolder(ctx),
      pending: await listHandovers(ctx, { acknowledged: false }),
    };
  },
  'handover.snapshot': (input, ctx) => snapshotFor(ctx, input.fromId),
  'handover.start': (input, ctx) => startHandover(ctx, input),
  'handover.save': (input, ctx) => saveHandover(ctx, input),
  'handover.review': async (input, ctx) => {
    const h = await requireHandover(ctx, input.handoverId);
    await refuseIfLocked(ctx, h);
    // Only the two people of the handover count it (a count entered ends the blind count).
    if (ctx.actor?.id !== h.fromId && ctx.actor?.id !== h.toId) {
      throw new AppError('HANDOVER_NOT_PARTY', { from: h.fromName, to: h.toName });
    }
    const { differences } = await compareCounts(ctx, h, input);
    await recordCount(ctx, h, input, differences.length);
    return { differences };
  },
  'handover.acknowledge': (input, ctx) => acknowledgeHandover(ctx, input),
  'handover.get': async (input, ctx) => {
    const view = await handoverView(ctx, input.handoverId);
    return (await countingBlind(ctx, view)) ? withholdDeclared(view) : view;
  },
  'handover.log': (input, ctx) => listHandovers(ctx, input),
  'handover.tasks': (input, ctx) => listTasks(ctx, input.includeDone ? {} : { openNow: true }),
  'handover.addTask': async (input, ctx) =>
    taskView(ctx, await addTask(ctx, input.text, input.handoverId ?? null)),
  'handover.completeTask': (input, ctx) => completeTask(ctx, input.taskId, input.note),
  'handover.checkMissed': (_input, ctx) => postMissedHandovers(ctx),
};

export const handoverService: ServiceModule<'handover'> = {
  handlers: handoverHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // Shifts that ended without a handover.
      run: async ({ call }) => void (await call('handover.checkMissed', {})),
    },
  ],
};
