import type { Generated } from 'kysely';
import type { RotationEventKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The consultants' rotation 轮排, as its events (0002). */
export type RotationTables = LedgerTables<{
  rotation_events: { id: Generated<number>; kind: RotationEventKind };
}>;
