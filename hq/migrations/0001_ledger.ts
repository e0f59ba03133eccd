/**
 * The headquarters' copy of every office's ledger: one row per audit row of each office, in its
 * chain order, with the rows that audit row wrote; the offices, their heads, and what HQ refused.
 *
 * Who may do what is part of the schema. The tables are in `hq`, where no office role has any
 * privilege; the one thing an office may do is call `hq_office.ingest` (SECURITY DEFINER, owned
 * by the migrating role), which checks that the calling login role is the office's own. The role
 * groups are named after the database (`<db>_offices`, `<db>_readers`) because roles belong to
 * the whole PostgreSQL cluster, which may hold more than one HQ database.
 */
export const up = String.raw`
DO $roles$
DECLARE
  offices name := current_database() || '_offices';
  readers name := current_database() || '_readers';
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = offices) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', offices);
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = readers) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', readers);
  END IF;
  -- nobody connects unless granted: an office role of another HQ database on this cluster neither
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), offices, readers);
END
$roles$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA hq FROM PUBLIC;
CREATE SCHEMA hq_office;
REVOKE ALL ON SCHEMA hq_office FROM PUBLIC;

CREATE TABLE hq.offices (
  office_id text PRIMARY KEY CHECK (office_id ~ '^[a-z0-9][a-z0-9-]{1,31}$'),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
  role_name name NOT NULL UNIQUE,
  added_at timestamptz NOT NULL DEFAULT now(),
  head_seq bigint NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
  head_hash text NOT NULL DEFAULT repeat('0', 64) CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  head_at timestamptz,
  last_sync_at timestamptz,
  last_contact_at timestamptz,
  reported_tail bigint,
  reported_at timestamptz
);

CREATE TABLE hq.ledger_entries (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  seq bigint NOT NULL CHECK (seq > 0),
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  at timestamptz NOT NULL,
  business_date date NOT NULL,
  channel text NOT NULL,
  actor integer,
  countersigner integer,
  outcome text NOT NULL,
  audit jsonb NOT NULL CHECK (jsonb_typeof(audit) = 'object'),
  rows jsonb NOT NULL CHECK (jsonb_typeof(rows) = 'array'),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, seq)
);
CREATE INDEX ledger_entries_by_date ON hq.ledger_entries (office_id, business_date);

CREATE FUNCTION hq.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the headquarters copy of a ledger is never changed: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON hq.ledger_entries
  FOR EACH ROW EXECUTE FUNCTION hq.refuse_change();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON hq.ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION hq.refuse_change();

-- A known seq offered with another hash: the office's chain is not the one HQ holds.
CREATE TABLE hq.forks (
  id bigserial PRIMARY KEY,
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  seq bigint NOT NULL,
  hq_hash text NOT NULL,
  offered_hash text NOT NULL,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now(),
  times integer NOT NULL DEFAULT 1,
  UNIQUE (office_id, seq, offered_hash)
);

-- Batches refused for another reason: out of order (a gap) or not verifying (invalid).
CREATE TABLE hq.refusals (
  id bigserial PRIMARY KEY,
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  kind text NOT NULL CHECK (kind IN ('gap', 'invalid')),
  seq bigint,
  detail text NOT NULL,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now(),
  times integer NOT NULL DEFAULT 1,
  UNIQUE NULLS NOT DISTINCT (office_id, kind, seq, detail)
);

-- A projection that could not take an accepted entry in: the entries stand, the reports say so.
CREATE TABLE hq.projection_problems (
  id bigserial PRIMARY KEY,
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  from_seq bigint NOT NULL,
  to_seq bigint NOT NULL,
  detail text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- A mutable row an entry sent only as its hash, saying entry by_seq wrote it again: checked when
-- that entry arrives.
CREATE TABLE hq.pending_supersessions (
  office_id text NOT NULL REFERENCES hq.offices (office_id),
  by_seq bigint NOT NULL,
  seq bigint NOT NULL,
  tbl text NOT NULL,
  key text NOT NULL,
  PRIMARY KEY (office_id, by_seq, seq, tbl, key)
);
`;
