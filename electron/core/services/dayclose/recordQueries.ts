import { allColumns, IN_JSON_PARAMETER, queryText } from '../../../../db/rows';
import type { CloseEventRow } from './events';
import type { CashCountRow, SignatureRow } from './record';

/**
 * The statements `closeSummaries` reads a month of closes with: each close table's rows of the
 * dates (or of their closes) as one JSON text, every column in a fixed order.
 */

/** Every column of each close table's row, in this order (read with jsonTable). */
export const EVENT_COLUMNS = allColumns<CloseEventRow>()(
  'id',
  'for_date',
  'seq',
  'kind',
  'at',
  'actor_id',
  'reason',
  'key_check',
  'audit_id',
);
export const COUNT_COLUMNS = allColumns<CashCountRow>()(
  'id',
  'for_date',
  'at',
  'business_date',
  'actor_id',
  'n10000',
  'n5000',
  'n2000',
  'n1000',
  'n500',
  'n100',
  'n50',
  'n10',
  'total_fen',
  'expected_fen',
  'variance_fen',
  'explanation',
  'cashier_id',
  'transfer_id',
  'audit_id',
);
export const SIGNATURE_COLUMNS = allColumns<SignatureRow>()(
  'id',
  'event_id',
  'role',
  'user_id',
  'at',
  'audit_id',
);

/** A month's close rows, each table's as one JSON text (jsonTable), in `closeRecordOf`'s order. */
export const EVENTS_OF_DATES = queryText((db) =>
  db
    .selectFrom('day_close_events')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn(
            'json_array',
            EVENT_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('for_date')
        .orderBy('seq')
        .as('rows'),
    )
    .where('for_date', 'in', IN_JSON_PARAMETER),
);
export const COUNTS_OF_DATES = queryText((db) =>
  db
    .selectFrom('day_close_cash_counts')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn(
            'json_array',
            COUNT_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('id')
        .as('rows'),
    )
    .where('for_date', 'in', IN_JSON_PARAMETER),
);
export const SIGNATURES_OF_CLOSES = queryText((db) =>
  db
    .selectFrom('day_close_signatures')
    .select((eb) =>
      eb.fn
        .agg<string>('json_group_array', [
          eb.fn(
            'json_array',
            SIGNATURE_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('id')
        .as('rows'),
    )
    .where('event_id', 'in', IN_JSON_PARAMETER),
);
