import type { ReadableDB } from '../../../../db/access';
import type { CallReader } from '../../context';
import { readerOf } from '../users';
import type { DifferenceView, TaskView } from '../../../../shared/contract/handover';
import { ackSnapshotSchema } from '../../../../shared/contract/handover';
import { HANDOVER_SECTION_LABELS, labelsIn } from '../../../../shared/domain/vocab';
import { differencesOf, listHandovers } from './records';
import { listTasks } from './tasks';

/** For the day close (SPEC §8 step 4) and the 交接 sheet of the day's export. */
export interface HandoverOfDate {
  id: number;
  shiftName: string;
  fromName: string;
  toName: string;
  startedAt: string;
  acknowledgedAt: string | null;
  differenceCount: number;
  /** Open tasks the incoming person took over (for one not yet acknowledged: open now). */
  openTaskCount: number;
  /** Those tasks' texts. */
  openTasks: string[];
  /** Each difference as one line of Chinese text, for the sheet. */
  differences: string[];
}

const SECTION = labelsIn(HANDOVER_SECTION_LABELS, 'zh-CN');

export function describeDifference(d: DifferenceView): string {
  const note = d.note ? `（${d.note}）` : '';
  return `${SECTION[d.section]} ${d.label}：应为 ${d.expected}，实为 ${d.counted}${note}`;
}

/** Every handover written for the shifts of a business date, oldest first. */
export async function handoversOfDate(
  source: CallReader | ReadableDB,
  businessDate: string,
): Promise<HandoverOfDate[]> {
  const reader = await readerOf(source);
  const { db } = reader;
  const list = (await listHandovers(reader, { from: businessDate, to: businessDate })).reverse();
  const openNow = (await listTasks(reader, { openNow: true })).map((task) => task.text);
  const out: HandoverOfDate[] = [];
  for (const h of list) {
    const ack = await db
      .selectFrom('handover_acks')
      .select('snapshot')
      .where('handover_id', '=', h.id)
      .executeTakeFirst();
    const snapshot = ack ? ackSnapshotSchema.parse(JSON.parse(ack.snapshot)) : null;
    out.push({
      id: h.id,
      shiftName: h.shiftName,
      fromName: h.fromName,
      toName: h.toName,
      startedAt: h.startedAt,
      acknowledgedAt: h.acknowledgedAt,
      differenceCount: h.differenceCount,
      openTaskCount: snapshot ? snapshot.openTasks.length : openNow.length,
      openTasks: snapshot ? snapshot.openTasks.map((task) => task.text) : openNow,
      differences: (await differencesOf(db, h.id)).map(describeDifference),
    });
  }
  return out;
}

/** Tasks still open at the end of a business date: raised by then and not done by then. */
export async function openTasksAt(
  source: CallReader | ReadableDB,
  businessDate: string,
): Promise<TaskView[]> {
  return listTasks(await readerOf(source), { openAt: businessDate });
}
