import type { TaskView } from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { requireActor, type CallContext, type CallReader } from '../../context';

/**
 * Open tasks 未完成工作 (000:617): a task raised at a handover (or between handovers) stays open,
 * and so appears on every following handover, until someone marks it done. Done is an event of
 * its own (who, when, a note), written once: the partial unique index refuses a second.
 */
interface TaskFilter {
  ids?: number[];
  handoverId?: number;
  /** Only tasks open at the end of this business date (raised by then, not done by then). */
  openAt?: string;
  /** Only tasks open now. */
  openNow?: boolean;
}

export async function listTasks(ctx: CallReader, filter: TaskFilter = {}): Promise<TaskView[]> {
  const rows = await ctx.db
    .selectFrom('handover_tasks as t')
    .leftJoin('handover_task_events as e', (j) => j.onRef('e.task_id', '=', 't.id').on('e.kind', '=', 'done'))
    .select([
      't.id',
      't.text',
      't.handover_id',
      't.raised_by',
      't.at',
      't.business_date',
      'e.by_id as done_by',
      'e.at as done_at',
      'e.business_date as done_date',
      'e.note as done_note',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('t.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.handoverId !== undefined, (q) => q.where('t.handover_id', '=', filter.handoverId!))
    .$if(filter.openNow === true, (q) => q.where('e.id', 'is', null))
    .$if(filter.openAt !== undefined, (q) =>
      q
        .where('t.business_date', '<=', filter.openAt!)
        .where((eb) => eb.or([eb('e.id', 'is', null), eb('e.business_date', '>', filter.openAt!)])),
    )
    .orderBy('t.id')
    .execute();
  const names = ctx.staffNames();
  const name = (id: number | null) => (id === null ? null : (names.get(id) ?? `#${id}`));
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    handoverId: r.handover_id,
    raisedBy: name(r.raised_by)!,
    raisedAt: r.at,
    // Seen as of a past date, a task done later was still open then.
    doneBy: filter.openAt !== undefined ? null : name(r.done_by),
    doneAt: filter.openAt !== undefined ? null : r.done_at,
    doneNote: filter.openAt !== undefined ? null : r.done_note,
  }));
}

export async function addTask(ctx: CallContext, text: string, handoverId: number | null): Promise<number> {
  const row = await ctx.writer.insert('handover_tasks', {
    text,
    handover_id: handoverId,
    raised_by: requireActor(ctx).id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return row.id;
}

export async function taskView(ctx: CallReader, id: number): Promise<TaskView> {
  const [task] = await listTasks(ctx, { ids: [id] });
  if (!task) throw new AppError('TASK_NOT_FOUND', { id });
  return task;
}

export async function completeTask(ctx: CallContext, taskId: number, note?: string): Promise<TaskView> {
  const task = await taskView(ctx, taskId);
  if (task.doneAt !== null)
    throw new AppError('TASK_ALREADY_DONE', { name: task.doneBy ?? '', at: task.doneAt });
  await ctx.writer.insert('handover_task_events', {
    task_id: taskId,
    kind: 'done',
    by_id: requireActor(ctx).id,
    note: note ?? null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return taskView(ctx, taskId);
}
