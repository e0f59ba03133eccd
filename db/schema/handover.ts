import type { Generated } from 'kysely';
import type { HandoverSection, HandoverTaskEventKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** Shift handover 交接班 (0006_handover). */
export interface HandoverTables {
  handovers: HandoversTable;
  handover_versions: HandoverVersionsTable;
  handover_acks: HandoverAcksTable;
  handover_item_lines: HandoverItemLinesTable;
  handover_differences: HandoverDifferencesTable;
  handover_tasks: HandoverTasksTable;
  handover_task_events: HandoverTaskEventsTable;
  handover_missed_notices: HandoverMissedNoticesTable;
}

export const HANDOVER_AUDITED = {
  handovers: { key: 'id', appendOnly: true },
  handover_versions: { key: 'id', appendOnly: true },
  handover_acks: { key: 'id', appendOnly: true },
  handover_item_lines: { key: 'id', appendOnly: true },
  handover_differences: { key: 'id', appendOnly: true },
  handover_tasks: { key: 'id', appendOnly: true },
  handover_task_events: { key: 'id', appendOnly: true },
  handover_missed_notices: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<HandoverTables>;

export type { HandoverSection };

export interface HandoversTable {
  id: Generated<number>;
  business_date: string;
  shift_name: string;
  from_id: number;
  to_id: number;
  started_at: string;
  audit_id: number;
}

export interface HandoverVersionsTable {
  id: Generated<number>;
  handover_id: number;
  items: string;
  notes: string;
  by_id: number;
  at: string;
  audit_id: number;
}

export interface HandoverAcksTable {
  id: Generated<number>;
  handover_id: number;
  acknowledged_by: number;
  at: string;
  business_date: string;
  snapshot: string;
  difference_count: number;
  audit_id: number;
}

export interface HandoverItemLinesTable {
  id: Generated<number>;
  handover_id: number;
  name: string;
  declared: number;
  counted: number;
  audit_id: number;
}

export interface HandoverDifferencesTable {
  id: Generated<number>;
  handover_id: number;
  section: HandoverSection;
  label: string;
  expected: string;
  counted: string;
  note: string | null;
  audit_id: number;
}

export interface HandoverTasksTable {
  id: Generated<number>;
  text: string;
  handover_id: number | null;
  raised_by: number;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface HandoverTaskEventsTable {
  id: Generated<number>;
  task_id: number;
  kind: HandoverTaskEventKind;
  by_id: number;
  note: string | null;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface HandoverMissedNoticesTable {
  id: Generated<number>;
  business_date: string;
  shift_name: string;
  notification_id: number;
  at: string;
  audit_id: number;
}
