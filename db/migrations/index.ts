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
import * as m0029 from './0029_audit_seal';
import * as m0030 from './0030_close_heads';

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
  '0029_audit_seal': m0029,
  '0030_close_heads': m0030,
};
