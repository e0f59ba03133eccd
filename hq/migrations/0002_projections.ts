/**
 * Per-ledger tables projected from the entries, for the reports: the facts of the day sheet
 * (visits, calls, hold events, ticket and cash movements, key movements, handovers, closes), and
 * the current state of the few master rows the reports name (people, settings, ticket types).
 *
 * Each projected row keeps the office's own id and the seq of the entry that brought it. Facts
 * are inserted once; a master row is replaced only by a later entry's. `hq.project` fills them
 * for a range of an office's entries: ingest calls it for each accepted batch, and a later
 * migration that adds a projection calls it over everything HQ already holds.
 */
export const up = String.raw`
CREATE TABLE hq.visits (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  business_date date NOT NULL,
  arrived_at timestamptz NOT NULL,
  is_returning boolean NOT NULL,
  party_size integer NOT NULL,
  channel text NOT NULL,
  consultant_id bigint NOT NULL,
  chosen_by text NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX visits_by_date ON hq.visits (business_date, office_id);

CREATE TABLE hq.calls (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  is_returning boolean NOT NULL,
  channel text NOT NULL,
  answered_by bigint NOT NULL,
  invited_for date,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX calls_by_date ON hq.calls (business_date, office_id);

CREATE TABLE hq.hold_events (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  hold_id bigint NOT NULL,
  kind text NOT NULL,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  actor_id bigint,
  amount_fen bigint,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX hold_events_by_date ON hq.hold_events (business_date, office_id);

CREATE TABLE hq.ticket_movements (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  type_id bigint NOT NULL,
  kind text NOT NULL,
  delta integer NOT NULL,
  amount_fen bigint,
  payment_method text,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX ticket_movements_by_date ON hq.ticket_movements (business_date, office_id);

CREATE TABLE hq.cash_transfers (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  kind text NOT NULL,
  from_id bigint NOT NULL,
  to_id bigint NOT NULL,
  expected_fen bigint NOT NULL,
  amount_fen bigint NOT NULL,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX cash_transfers_by_date ON hq.cash_transfers (business_date, office_id);

CREATE TABLE hq.cash_movements (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  holder_id bigint NOT NULL,
  kind text NOT NULL,
  delta_fen bigint NOT NULL,
  business_date date NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX cash_movements_by_date ON hq.cash_movements (business_date, office_id);

CREATE TABLE hq.key_movements (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  key_id bigint NOT NULL,
  copy_no integer NOT NULL,
  key_seq integer NOT NULL,
  kind text NOT NULL,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX key_movements_by_copy ON hq.key_movements (office_id, key_id, copy_no, key_seq);

CREATE TABLE hq.handovers (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  business_date date NOT NULL,
  shift_name text NOT NULL,
  from_id bigint NOT NULL,
  to_id bigint NOT NULL,
  started_at timestamptz NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX handovers_by_date ON hq.handovers (business_date, office_id);

CREATE TABLE hq.handover_acks (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  handover_id bigint NOT NULL,
  business_date date NOT NULL,
  at timestamptz NOT NULL,
  difference_count integer NOT NULL,
  PRIMARY KEY (office_id, id)
);

CREATE TABLE hq.day_close_events (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  for_date date NOT NULL,
  event_seq integer NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL,
  actor_id bigint NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX day_close_events_by_date ON hq.day_close_events (for_date, office_id, event_seq);

CREATE TABLE hq.day_close_signatures (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  event_id bigint NOT NULL,
  role text NOT NULL,
  user_id bigint NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (office_id, id)
);
CREATE INDEX day_close_signatures_by_event ON hq.day_close_signatures (office_id, event_id);

CREATE TABLE hq.office_users (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  name text NOT NULL,
  roles jsonb NOT NULL,
  active boolean NOT NULL,
  PRIMARY KEY (office_id, id)
);

CREATE TABLE hq.office_settings (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  key text NOT NULL,
  seq bigint NOT NULL,
  value jsonb NOT NULL,
  PRIMARY KEY (office_id, key)
);

CREATE TABLE hq.ticket_types (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  id bigint NOT NULL,
  seq bigint NOT NULL,
  name text NOT NULL,
  price_fen bigint NOT NULL,
  PRIMARY KEY (office_id, id)
);

-- Which office's rows projected which entry range last: the reports trust a projection only up to it.
CREATE FUNCTION hq.project(p_office_id text, p_from bigint, p_to bigint) RETURNS void
LANGUAGE sql AS $$
WITH r AS MATERIALIZED (
  SELECT e.seq, x.value->>'t' AS t, x.value->'row' AS row
  FROM hq.ledger_entries e CROSS JOIN LATERAL jsonb_array_elements(e.rows) AS x
  WHERE e.office_id = p_office_id AND e.seq BETWEEN p_from AND p_to AND x.value ? 'row'
),
visits AS (
  INSERT INTO hq.visits
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'business_date')::date, (row->>'arrived_at')::timestamptz,
         (row->>'is_returning')::int = 1, (row->>'party_size')::int, row->>'channel',
         (row->>'consultant_id')::bigint, row->>'chosen_by'
  FROM r WHERE t = 'visits' ON CONFLICT DO NOTHING
),
calls AS (
  INSERT INTO hq.calls
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'business_date')::date, (row->>'at')::timestamptz,
         (row->>'is_returning')::int = 1, row->>'channel', (row->>'answered_by')::bigint,
         (row->>'invited_for')::date
  FROM r WHERE t = 'calls' ON CONFLICT DO NOTHING
),
hold_events AS (
  INSERT INTO hq.hold_events
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'hold_id')::bigint, row->>'kind',
         (row->>'business_date')::date, (row->>'at')::timestamptz, (row->>'actor_id')::bigint,
         (row->>'amount_fen')::bigint
  FROM r WHERE t = 'hold_events' ON CONFLICT DO NOTHING
),
ticket_movements AS (
  INSERT INTO hq.ticket_movements
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'type_id')::bigint, row->>'kind', (row->>'delta')::int,
         (row->>'amount_fen')::bigint, row->>'payment_method', (row->>'business_date')::date,
         (row->>'at')::timestamptz
  FROM r WHERE t = 'ticket_movements' ON CONFLICT DO NOTHING
),
cash_transfers AS (
  INSERT INTO hq.cash_transfers
  SELECT p_office_id, (row->>'id')::bigint, seq, row->>'kind', (row->>'from_id')::bigint, (row->>'to_id')::bigint,
         (row->>'expected_fen')::bigint, (row->>'amount_fen')::bigint, (row->>'business_date')::date,
         (row->>'at')::timestamptz
  FROM r WHERE t = 'cash_transfers' ON CONFLICT DO NOTHING
),
cash_movements AS (
  INSERT INTO hq.cash_movements
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'holder_id')::bigint, row->>'kind',
         (row->>'delta_fen')::bigint, (row->>'business_date')::date
  FROM r WHERE t = 'cash_movements' ON CONFLICT DO NOTHING
),
key_movements AS (
  INSERT INTO hq.key_movements
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'key_id')::bigint, (row->>'copy_no')::int,
         (row->>'seq')::int, row->>'kind', (row->>'business_date')::date, (row->>'at')::timestamptz
  FROM r WHERE t = 'key_movements' ON CONFLICT DO NOTHING
),
handovers AS (
  INSERT INTO hq.handovers
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'business_date')::date, row->>'shift_name',
         (row->>'from_id')::bigint, (row->>'to_id')::bigint, (row->>'started_at')::timestamptz
  FROM r WHERE t = 'handovers' ON CONFLICT DO NOTHING
),
handover_acks AS (
  INSERT INTO hq.handover_acks
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'handover_id')::bigint, (row->>'business_date')::date,
         (row->>'at')::timestamptz, (row->>'difference_count')::int
  FROM r WHERE t = 'handover_acks' ON CONFLICT DO NOTHING
),
day_close_events AS (
  INSERT INTO hq.day_close_events
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'for_date')::date, (row->>'seq')::int, row->>'kind',
         (row->>'at')::timestamptz, (row->>'actor_id')::bigint
  FROM r WHERE t = 'day_close_events' ON CONFLICT DO NOTHING
),
day_close_signatures AS (
  INSERT INTO hq.day_close_signatures
  SELECT p_office_id, (row->>'id')::bigint, seq, (row->>'event_id')::bigint, row->>'role',
         (row->>'user_id')::bigint, (row->>'at')::timestamptz
  FROM r WHERE t = 'day_close_signatures' ON CONFLICT DO NOTHING
),
office_users AS (
  INSERT INTO hq.office_users AS u
  SELECT DISTINCT ON ((row->>'id')::bigint) p_office_id, (row->>'id')::bigint, seq, row->>'name',
         (row->>'roles')::jsonb, (row->>'active')::int = 1
  FROM r WHERE t = 'users' ORDER BY (row->>'id')::bigint, seq DESC
  ON CONFLICT (office_id, id) DO UPDATE
    SET seq = excluded.seq, name = excluded.name, roles = excluded.roles, active = excluded.active
    WHERE excluded.seq > u.seq
),
office_settings AS (
  INSERT INTO hq.office_settings AS s
  SELECT DISTINCT ON (row->>'key') p_office_id, row->>'key', seq, (row->>'value')::jsonb
  FROM r WHERE t = 'settings' ORDER BY row->>'key', seq DESC
  ON CONFLICT (office_id, key) DO UPDATE SET seq = excluded.seq, value = excluded.value
    WHERE excluded.seq > s.seq
),
ticket_types AS (
  INSERT INTO hq.ticket_types AS tt
  SELECT DISTINCT ON ((row->>'id')::bigint) p_office_id, (row->>'id')::bigint, seq, row->>'name',
         (row->>'price_fen')::bigint
  FROM r WHERE t = 'ticket_types' ORDER BY (row->>'id')::bigint, seq DESC
  ON CONFLICT (office_id, id) DO UPDATE SET seq = excluded.seq, name = excluded.name, price_fen = excluded.price_fen
    WHERE excluded.seq > tt.seq
)
SELECT;
$$;
REVOKE EXECUTE ON FUNCTION hq.project(text, bigint, bigint) FROM PUBLIC;
`;
