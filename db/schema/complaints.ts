import type { Generated } from 'kysely';
import type {
  ComplaintChannel,
  ComplaintDeadline,
  ComplaintDepartment,
  ComplaintEventKind,
  ComplaintKind,
  ComplaintNoticeStage,
  ComplaintTarget,
  ComplaintUrgency,
} from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Customer complaints: the cards, what happened to each, the deadline notices posted (0037). */
export type ComplaintsTables = LedgerTables<{
  complaints: {
    id: Generated<number>;
    channel: ComplaintChannel;
    kind: ComplaintKind;
    target: ComplaintTarget;
    department: ComplaintDepartment | null;
    urgency: ComplaintUrgency;
  };
  complaint_events: {
    id: Generated<number>;
    kind: ComplaintEventKind;
    upheld: 0 | 1 | null;
    accepted: 0 | 1 | null;
    satisfied: 0 | 1 | null;
  };
  complaint_notices: { id: Generated<number>; deadline: ComplaintDeadline; stage: ComplaintNoticeStage };
}>;
