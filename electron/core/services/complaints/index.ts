import { requireActor, type ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { readsAll, requireReadable } from './access';
import { overdueComplaints, postDeadlineNotices } from './deadlines';
import { fileComplaint } from './file';
import {
  assignComplaint,
  closeComplaint,
  recordHandling,
  reopenComplaint,
  revisitComplaint,
} from './handling';
import { monthReport } from './monthReport';
import { monthXlsx } from './monthXlsx';
import { findComplaints, loadComplaint, type ComplaintRecord } from './records';
import { summaryOf, viewOf, viewSetting } from './views';

/**
 * Customer complaints 客户投诉 (SPEC §12): the card, its handling, its deadlines and their
 * notices, the revisit, the month's report. Other ledgers use `overdueComplaints` (the day
 * close's review, the manager's home), never the tables.
 */
export { overdueComplaints } from './deadlines';

async function view(ctx: ReadCallContext, record: ComplaintRecord) {
  const actor = requireActor(ctx);
  return viewOf(record, { ...(await viewSetting(ctx, [record], actor)), actor });
}

export const complaintsHandlers: HandlersOf<'complaints'> = {
  'complaints.file': async (input, ctx) => view(ctx, await fileComplaint(ctx, input)),
  'complaints.assign': async (input, ctx) => view(ctx, await assignComplaint(ctx, input)),
  'complaints.record': async (input, ctx) => view(ctx, await recordHandling(ctx, input)),
  'complaints.close': async (input, ctx) => view(ctx, await closeComplaint(ctx, input)),
  'complaints.reopen': async (input, ctx) => view(ctx, await reopenComplaint(ctx, input)),
  'complaints.revisit': async (input, ctx) => view(ctx, await revisitComplaint(ctx, input)),
  'complaints.get': async (input, ctx) => {
    const record = await loadComplaint(ctx.db, input.complaintId);
    requireReadable(requireActor(ctx), record);
    return view(ctx, record);
  },
  'complaints.list': async (input, ctx) => {
    const actor = requireActor(ctx);
    const handlerId = input.mine || !readsAll(actor) ? actor.id : undefined;
    const overdueOnly = input.view === 'overdue';
    const records = await findComplaints(ctx.db, {
      activeOnly: input.view !== 'all',
      ...(handlerId === undefined ? {} : { handlerId }),
      ...(input.customerId === undefined ? {} : { customerId: input.customerId }),
      ...(input.beforeId === undefined ? {} : { beforeId: input.beforeId }),
      ...(overdueOnly ? {} : { limit: input.limit }),
    });
    const vs = await viewSetting(ctx, records, actor);
    const summaries = records.map((r) => summaryOf(r, vs));
    return (overdueOnly ? summaries.filter((s) => s.overdue.length > 0) : summaries).slice(0, input.limit);
  },
  'complaints.overdue': (_input, ctx) => overdueComplaints(ctx),
  'complaints.checkDeadlines': (_input, ctx) => postDeadlineNotices(ctx),
  'complaints.monthReport': (input, ctx) => monthReport(ctx, input.month),
  'complaints.monthXlsx': (input, ctx) => monthXlsx(ctx, input.month),
};

export const complaintsService: ServiceModule<'complaints'> = {
  handlers: complaintsHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // Deadline notices reach the managers from any screen, with nobody on the complaints page.
      run: async ({ call }) => void (await call('complaints.checkDeadlines', {})),
    },
  ],
};
