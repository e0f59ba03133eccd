import type { Generated } from 'kysely';
import type { RotationEventKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The consultants' rotation 轮排, as its events (0002). */
export interface RotationTables {
  rotation_events: RotationEventsTable;
}

export const ROTATION_AUDITED = {
  rotation_events: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<RotationTables>;

export interface RotationEventsTable {
  id: Generated<number>;
  business_date: string;
  at: string;
  kind: RotationEventKind;
  consultant_id: number | null;
  order_ids: string | null;
  visit_id: number | null;
  reason: string | null;
  actor_id: number;
  audit_id: number;
}
