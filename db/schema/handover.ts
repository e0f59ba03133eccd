import type { Generated } from 'kysely';
import type { HandoverSection, HandoverTaskEventKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Shift handover 交接班 (0006_handover; missed-handover warnings cleared, 0028; counts as entered, 0044). */
export type HandoverTables = LedgerTables<{
  handovers: { id: Generated<number> };
  handover_versions: { id: Generated<number> };
  handover_acks: { id: Generated<number> };
  handover_item_lines: { id: Generated<number> };
  handover_differences: { id: Generated<number>; section: HandoverSection };
  handover_tasks: { id: Generated<number> };
  handover_task_events: { id: Generated<number>; kind: HandoverTaskEventKind };
  handover_missed_notices: { id: Generated<number> };
  handover_missed_clearings: { id: Generated<number> };
  handover_counts: { id: Generated<number> };
}>;
