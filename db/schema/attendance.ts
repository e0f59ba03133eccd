import type { Generated } from 'kysely';
import type { PunchKind, PunchSource } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Attendance 签到签退: the clockings and corrections, 代签 attempts, missed clock-out notices (0033). */
export type AttendanceTables = LedgerTables<{
  attendance_punches: { id: Generated<number>; kind: PunchKind; source: PunchSource };
  attendance_proxy_attempts: { id: Generated<number>; kind: PunchKind };
  attendance_missed_notices: { id: Generated<number> };
}>;
