import type { Migration } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_visits';
import * as m0003 from './0003_holds';
import * as m0004 from './0004_tickets';
import * as m0005 from './0005_keys';
import * as m0006 from './0006_handover';
import * as m0007 from './0007_dayclose';
import * as m0008 from './0008_perf_indexes';
import * as m0009 from './0009_perf_lists';
import * as m0010 from './0010_customer_search';
import * as m0011 from './0011_audit_chain';
import * as m0012 from './0012_running_balances';
import * as m0013 from './0013_dated_lookups';
import * as m0014 from './0014_customer_history';
import * as m0015 from './0015_visit_tallies';
import * as m0016 from './0016_list_reads';
import * as m0017 from './0017_ticket_price_exceptions';
import * as m0020 from './0020_personal_notifications';
import * as m0021 from './0021_visit_slips';
import * as m0023 from './0023_holds_confidential';
import * as m0024 from './0024_deposits';
import * as m0025 from './0025_refunds';
import * as m0026 from './0026_restricted_key_handover';
import * as m0027 from './0027_items_left_for_someone';
import * as m0028 from './0028_missed_handover_cleared';
import * as m0029 from './0029_audit_seal';
import * as m0030 from './0030_close_heads';
import * as m0031 from './0031_office_identity';
import * as m0032 from './0032_sync_notices';
import * as m0033 from './0033_attendance';
import * as m0034 from './0034_outings';
import * as m0035 from './0035_roster';
import * as m0036 from './0036_desk_checks';
import * as m0037 from './0037_complaints';
import * as m0039 from './0039_messages';
import * as m0040 from './0040_phone_disclosures';
import * as m0041 from './0041_cash_variances';
import * as m0042 from './0042_close_takings';
import * as m0044 from './0044_handover_counts';
import * as m0045 from './0045_notification_resolutions';
import * as m0046 from './0046_notifications_by_role';
import * as m0047 from './0047_audit_row_first';
import * as m0048 from './0048_visits_by_arrival';
import * as m0049 from './0049_hold_status';
import * as m0050 from './0050_hold_status_open';

/**
 * Migrations are listed here rather than read from a folder so the bundled Electron main
 * carries them. Names sort in order; never rename or edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_visits': m0002,
  '0003_holds': m0003,
  '0004_tickets': m0004,
  '0005_keys': m0005,
  '0006_handover': m0006,
  '0007_dayclose': m0007,
  '0008_perf_indexes': m0008,
  '0009_perf_lists': m0009,
  '0010_customer_search': m0010,
  '0011_audit_chain': m0011,
  '0012_running_balances': m0012,
  '0013_dated_lookups': m0013,
  '0014_customer_history': m0014,
  '0015_visit_tallies': m0015,
  '0016_list_reads': m0016,
  '0017_ticket_price_exceptions': m0017,
  '0020_personal_notifications': m0020,
  '0021_visit_slips': m0021,
  '0023_holds_confidential': m0023,
  '0024_deposits': m0024,
  '0025_refunds': m0025,
  '0026_restricted_key_handover': m0026,
  '0027_items_left_for_someone': m0027,
  '0028_missed_handover_cleared': m0028,
  '0029_audit_seal': m0029,
  '0030_close_heads': m0030,
  '0031_office_identity': m0031,
  '0032_sync_notices': m0032,
  '0033_attendance': m0033,
  '0034_outings': m0034,
  '0035_roster': m0035,
  '0036_desk_checks': m0036,
  '0037_complaints': m0037,
  '0039_messages': m0039,
  '0040_phone_disclosures': m0040,
  '0041_cash_variances': m0041,
  '0042_close_takings': m0042,
  '0044_handover_counts': m0044,
  '0045_notification_resolutions': m0045,
  '0046_notifications_by_role': m0046,
  '0047_audit_row_first': m0047,
  '0048_visits_by_arrival': m0048,
  '0049_hold_status': m0049,
  '0050_hold_status_open': m0050,
};
