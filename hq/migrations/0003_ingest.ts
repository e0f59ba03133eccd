/**
 * What an office may do at HQ: send its ledger, a batch of entries at a time, through
 * `hq_office.ingest(office_id, office_tail, entries)`. One call is one transaction: the office's
 * head is locked, the batch is checked whole, and either every new entry goes in (with its
 * projections) or none does.
 *
 * An entry is `{seq, prev_hash, hash, audit, rows}`: `audit` every field of the office's audit
 * row that its hash covers (everything but `hash` and `prev_hash`), `rows` one element per
 * write the audit row lists (`writes`, in its order): `{t, k, h, row}` with the row as the
 * office stores it, or `{t, k, h, superseded_by}` for a mutable row a later entry wrote again
 * (its content at this entry exists nowhere any more, only its hash), or `{t, k, h, withheld}`
 * for a row PostgreSQL cannot hold (text with U+0000). HQ recomputes every hash from what it is
 * given, in the office's canonical form (keys sorted, no spaces, JSON.stringify's escapes).
 *
 * The answer is a JSON object: `status` ok | fork | gap | invalid, HQ's head for this office
 * (`head_seq`, `head_hash`), how many entries were `accepted` (new) and `acknowledged` (already
 * held, the same), and for a refusal its `seq` and `detail`. Refusals are recorded, so the call
 * answers instead of raising; only a caller who is not the office's role gets an error.
 */
export const up = String.raw`
-- The office's canonical JSON of a flat object: keys in code-unit order (ASCII column names),
-- no whitespace, values as JSON text (PostgreSQL escapes strings exactly as JSON.stringify does).
CREATE FUNCTION hq.canonical_json(o jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '{' || coalesce(string_agg(to_json(k)::text || ':' || v::text, ',' ORDER BY k COLLATE "C"), '') || '}'
  FROM jsonb_each(o) AS e(k, v)
$$;

CREATE FUNCTION hq.sha256_hex(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex')
$$;

-- The first thing wrong with an entry's shape, or NULL; never raises. (What a cast would refuse —
-- a date that is not one — is refused by the insert, in ingest's guarded block.)
CREATE FUNCTION hq.entry_shape_problem(e jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN jsonb_typeof(e) IS DISTINCT FROM 'object' THEN 'an entry is not an object'
    WHEN jsonb_typeof(e->'seq') IS DISTINCT FROM 'number' OR (e->>'seq') !~ '^[1-9][0-9]{0,15}$' THEN 'seq'
    WHEN jsonb_typeof(e->'prev_hash') IS DISTINCT FROM 'string' THEN 'prev_hash'
    WHEN jsonb_typeof(e->'hash') IS DISTINCT FROM 'string' THEN 'hash'
    WHEN jsonb_typeof(e->'audit') IS DISTINCT FROM 'object' THEN 'audit'
    WHEN jsonb_typeof(e->'rows') IS DISTINCT FROM 'array' THEN 'rows'
    WHEN (e->'audit'->'id') IS DISTINCT FROM (e->'seq') THEN 'audit.id is not seq'
    WHEN jsonb_typeof(e->'audit'->'writes') IS DISTINCT FROM 'string' THEN 'audit.writes'
    ELSE NULL
  END
$$;

-- The first thing wrong with one element of an entry's rows against its audit row's write, or NULL.
CREATE FUNCTION hq.row_problem(r jsonb, w jsonb, seq bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN jsonb_typeof(r) IS DISTINCT FROM 'object' OR jsonb_typeof(w) IS DISTINCT FROM 'array' THEN 'shape'
    WHEN (r->'t') IS DISTINCT FROM (w->0) OR (r->'k') IS DISTINCT FROM (w->1) OR (r->'h') IS DISTINCT FROM (w->2)
      THEN 'not the write the audit row lists'
    WHEN r ? 'row' THEN CASE
      WHEN jsonb_typeof(r->'row') IS DISTINCT FROM 'object' THEN 'row is not an object'
      WHEN hq.sha256_hex(hq.canonical_json(r->'row')) <> r->>'h' THEN 'row does not match its hash'
      ELSE NULL END
    WHEN r ? 'superseded_by' THEN CASE
      WHEN jsonb_typeof(r->'superseded_by') IS DISTINCT FROM 'number' OR (r->>'superseded_by') !~ '^[1-9][0-9]{0,15}$'
        OR (r->>'superseded_by')::bigint < seq THEN 'superseded_by'
      ELSE NULL END
    WHEN r ? 'withheld' THEN CASE WHEN jsonb_typeof(r->'withheld') = 'string' THEN NULL ELSE 'withheld' END
    ELSE 'neither row, superseded_by nor withheld'
  END
$$;

CREATE FUNCTION hq.answer(p_office_id text, p_status text, p_accepted integer, p_acknowledged integer,
                          p_seq bigint DEFAULT NULL, p_detail text DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('status', p_status, 'office_id', o.office_id, 'head_seq', o.head_seq,
                            'head_hash', o.head_hash, 'accepted', p_accepted, 'acknowledged', p_acknowledged,
                            'seq', p_seq, 'detail', p_detail)
  FROM hq.offices o WHERE o.office_id = p_office_id
$$;

CREATE FUNCTION hq.record_refusal(p_office_id text, p_kind text, p_seq bigint, p_detail text) RETURNS jsonb
LANGUAGE sql AS $$
  INSERT INTO hq.refusals AS f (office_id, kind, seq, detail) VALUES (p_office_id, p_kind, p_seq, left(p_detail, 500))
  ON CONFLICT (office_id, kind, seq, detail) DO UPDATE SET last_seen = now(), times = f.times + 1;
  SELECT hq.answer(p_office_id, p_kind, 0, 0, p_seq, left(p_detail, 500));
$$;

CREATE FUNCTION hq.record_fork(p_office_id text, p_seq bigint, p_hq_hash text, p_offered text) RETURNS jsonb
LANGUAGE sql AS $$
  INSERT INTO hq.forks AS f (office_id, seq, hq_hash, offered_hash) VALUES (p_office_id, p_seq, p_hq_hash, p_offered)
  ON CONFLICT (office_id, seq, offered_hash) DO UPDATE SET last_seen = now(), times = f.times + 1;
  SELECT hq.answer(p_office_id, 'fork', 0, 0, p_seq,
                   'HQ holds #' || p_seq || ' with hash ' || p_hq_hash || ', the office offered ' || p_offered);
$$;

CREATE FUNCTION hq_office.ingest(p_office_id text, p_office_tail bigint, p_entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_office hq.offices%ROWTYPE;
  v_count integer;
  v_first bigint;
  v_last bigint;
  v_known integer := 0;
  v_bad record;
  v_problem text;
  v_problem_seq bigint;
  v_tail_hash text;
  v_tail_at timestamptz;
BEGIN
  SELECT * INTO v_office FROM hq.offices WHERE office_id = p_office_id FOR UPDATE;
  IF NOT FOUND OR v_office.role_name <> session_user THEN
    RAISE EXCEPTION 'role % may not send the ledger of office %', session_user, p_office_id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE hq.offices SET last_contact_at = now(), reported_tail = p_office_tail, reported_at = now()
   WHERE office_id = p_office_id;

  IF p_entries IS NULL OR jsonb_typeof(p_entries) <> 'array' THEN
    RETURN hq.record_refusal(p_office_id, 'invalid', NULL, 'the batch is not a JSON array');
  END IF;
  v_count := jsonb_array_length(p_entries);
  IF v_count = 0 THEN
    RETURN hq.answer(p_office_id, 'ok', 0, 0);
  END IF;
  IF v_count > 10000 THEN
    RETURN hq.record_refusal(p_office_id, 'invalid', NULL, 'more than 10000 entries in one batch');
  END IF;

  -- every entry well formed, and the seqs one after another (one pass over the batch)
  SELECT x.ord, coalesce(hq.entry_shape_problem(x.e), 'the seqs of the batch are not consecutive') AS problem
    INTO v_bad
    FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, ord)
   WHERE hq.entry_shape_problem(x.e) IS NOT NULL
      OR CASE WHEN jsonb_typeof(p_entries->0->'seq') = 'number'
              THEN (x.e->>'seq')::numeric <> (p_entries->0->>'seq')::numeric + x.ord - 1 ELSE true END
   ORDER BY x.ord LIMIT 1;
  IF FOUND THEN
    RETURN hq.record_refusal(p_office_id, 'invalid', NULL, 'entry ' || v_bad.ord || ' of the batch: ' || v_bad.problem);
  END IF;
  v_first := (p_entries->0->>'seq')::bigint;
  v_last := v_first + v_count - 1;

  -- what HQ already holds: the same entries are acknowledged again, another hash is a fork
  IF v_first <= v_office.head_seq THEN
    SELECT s.seq, s.hash, x.e->>'hash' AS offered INTO v_bad
      FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, ord)
      JOIN hq.ledger_entries s ON s.office_id = p_office_id AND s.seq = v_first + x.ord - 1
     WHERE s.hash <> x.e->>'hash'
     ORDER BY s.seq LIMIT 1;
    IF FOUND THEN
      RETURN hq.record_fork(p_office_id, v_bad.seq, v_bad.hash, v_bad.offered);
    END IF;
    v_known := least(v_last, v_office.head_seq) - v_first + 1;
    IF v_last <= v_office.head_seq THEN
      RETURN hq.answer(p_office_id, 'ok', 0, v_known);
    END IF;
  ELSIF v_first > v_office.head_seq + 1 THEN
    RETURN hq.record_refusal(p_office_id, 'gap', v_first,
      'offered #' || v_first || ' while HQ holds up to #' || v_office.head_seq);
  END IF;

  -- the first new entry follows HQ's head; otherwise the office's chain up to the head differs
  IF p_entries->(v_office.head_seq + 1 - v_first)::int->>'prev_hash' <> v_office.head_hash THEN
    IF v_office.head_seq = 0 THEN
      RETURN hq.record_refusal(p_office_id, 'invalid', 1, 'the first entry does not start from the genesis hash');
    END IF;
    RETURN hq.record_fork(p_office_id, v_office.head_seq, v_office.head_hash,
                          p_entries->(v_office.head_seq + 1 - v_first)::int->>'prev_hash');
  END IF;

  BEGIN
    -- each new entry chained to the one before, hashing to what it says, and sending with it
    -- each row its audit row lists, hashing to what the audit row keeps for it (one pass)
    SELECT n.seq,
           CASE WHEN n.prev_hash <> coalesce(n.before, v_office.head_hash) THEN 'not chained to the entry before'
                WHEN hq.sha256_hex(n.prev_hash || hq.canonical_json(n.audit)) <> n.hash
                  THEN 'its hash does not match its content'
                WHEN jsonb_typeof(n.writes) IS DISTINCT FROM 'array'
                  OR jsonb_array_length(n.writes) <> jsonb_array_length(n.rows) THEN 'its rows are not one per write'
                ELSE (SELECT hq.row_problem(n.rows->(w.i::int - 1), w.w, n.seq)
                        FROM jsonb_array_elements(n.writes) WITH ORDINALITY AS w(w, i)
                       WHERE hq.row_problem(n.rows->(w.i::int - 1), w.w, n.seq) IS NOT NULL
                       LIMIT 1)
           END AS problem
      INTO v_bad
      FROM (SELECT (x.e->>'seq')::bigint AS seq, x.e->>'prev_hash' AS prev_hash, x.e->>'hash' AS hash,
                   x.e->'audit' AS audit, (x.e->'audit'->>'writes')::jsonb AS writes, x.e->'rows' AS rows,
                   lag(x.e->>'hash') OVER (ORDER BY x.ord) AS before
              FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, ord)
             WHERE x.ord > v_office.head_seq - v_first + 1) AS n
     WHERE n.prev_hash <> coalesce(n.before, v_office.head_hash)
        OR hq.sha256_hex(n.prev_hash || hq.canonical_json(n.audit)) <> n.hash
        OR jsonb_typeof(n.writes) IS DISTINCT FROM 'array'
        OR jsonb_array_length(n.writes) <> jsonb_array_length(n.rows)
        OR EXISTS (SELECT FROM jsonb_array_elements(n.writes) WITH ORDINALITY AS w(w, i)
                    WHERE hq.row_problem(n.rows->(w.i::int - 1), w.w, n.seq) IS NOT NULL)
     ORDER BY n.seq LIMIT 1;
    IF FOUND THEN
      v_problem_seq := v_bad.seq;
      RAISE EXCEPTION USING MESSAGE = 'entry #' || v_bad.seq || ': ' || v_bad.problem, ERRCODE = 'data_exception';
    END IF;

    -- the ledger says whose it is: another office's ledger is not taken under this office's id
    SELECT (x.e->>'seq')::bigint AS seq, r.value->'row'->>'office_id' AS named INTO v_bad
      FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, ord)
      CROSS JOIN LATERAL jsonb_array_elements(x.e->'rows') AS r
     WHERE x.ord > v_office.head_seq - v_first + 1 AND r.value->>'t' = 'office_identity'
       AND (r.value->'row'->>'office_id') IS DISTINCT FROM p_office_id
     LIMIT 1;
    IF FOUND THEN
      v_problem_seq := v_bad.seq;
      RAISE EXCEPTION USING MESSAGE = 'entry #' || v_bad.seq || ': this is the ledger of office '
        || coalesce(v_bad.named, '(withheld)') || ', not ' || p_office_id, ERRCODE = 'data_exception';
    END IF;

    INSERT INTO hq.ledger_entries (office_id, seq, prev_hash, hash, at, business_date, channel, actor,
                                   countersigner, outcome, audit, rows)
    SELECT p_office_id, (x.e->>'seq')::bigint, x.e->>'prev_hash', x.e->>'hash', (x.e->'audit'->>'at')::timestamptz,
           (x.e->'audit'->>'business_date')::date, x.e->'audit'->>'channel', (x.e->'audit'->>'actor_id')::integer,
           (x.e->'audit'->>'countersigned_by')::integer, x.e->'audit'->>'outcome', x.e->'audit', x.e->'rows'
      FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, ord)
     WHERE x.ord > v_office.head_seq - v_first + 1
    ON CONFLICT (office_id, seq) DO NOTHING;

    -- a row sent as superseded names the later entry that wrote it again: that entry must
    INSERT INTO hq.pending_supersessions (office_id, by_seq, seq, tbl, key)
    SELECT DISTINCT p_office_id, (r.value->>'superseded_by')::bigint, e.seq, r.value->>'t', r.value->>'k'
      FROM hq.ledger_entries e CROSS JOIN LATERAL jsonb_array_elements(e.rows) AS r
     WHERE e.office_id = p_office_id AND e.seq > v_office.head_seq AND e.seq <= v_last AND r.value ? 'superseded_by'
    ON CONFLICT DO NOTHING;
    SELECT c.seq, c.by_seq, c.tbl, c.key INTO v_bad
      FROM hq.pending_supersessions c
      JOIN hq.ledger_entries e ON e.office_id = c.office_id AND e.seq = c.by_seq
     WHERE c.office_id = p_office_id AND c.by_seq > v_office.head_seq AND c.by_seq <= v_last
       AND NOT EXISTS (SELECT FROM jsonb_array_elements(e.rows) AS w
                        WHERE w.value->>'t' = c.tbl AND w.value->>'k' = c.key)
     LIMIT 1;
    IF FOUND THEN
      v_problem_seq := v_bad.seq;
      RAISE EXCEPTION USING MESSAGE = 'entry #' || v_bad.seq || ' says #' || v_bad.by_seq || ' wrote ' || v_bad.tbl
        || ' ' || v_bad.key || ' again, and it did not', ERRCODE = 'data_exception';
    END IF;
    DELETE FROM hq.pending_supersessions
     WHERE office_id = p_office_id AND by_seq > v_office.head_seq AND by_seq <= v_last;
  EXCEPTION WHEN data_exception OR integrity_constraint_violation OR invalid_text_representation
                 OR datetime_field_overflow OR invalid_datetime_format OR numeric_value_out_of_range THEN
    RETURN hq.record_refusal(p_office_id, 'invalid', v_problem_seq, SQLERRM);
  END;

  SELECT hash, at INTO v_tail_hash, v_tail_at FROM hq.ledger_entries WHERE office_id = p_office_id AND seq = v_last;
  UPDATE hq.offices SET head_seq = v_last, head_hash = v_tail_hash, head_at = v_tail_at, last_sync_at = now()
   WHERE office_id = p_office_id;

  -- the reports' tables; should one refuse a row (an office on a newer SiteDesk), the entries still
  -- stand and the problem is shown beside the reports
  BEGIN
    PERFORM hq.project(p_office_id, v_office.head_seq + 1, v_last);
  EXCEPTION WHEN OTHERS THEN
    INSERT INTO hq.projection_problems (office_id, from_seq, to_seq, detail)
    VALUES (p_office_id, v_office.head_seq + 1, v_last, left(SQLERRM, 500));
  END;

  RETURN hq.answer(p_office_id, 'ok', (v_last - v_office.head_seq)::integer, v_known);
END
$$;

REVOKE EXECUTE ON FUNCTION hq_office.ingest(text, bigint, jsonb) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION hq.record_refusal(text, text, bigint, text), hq.record_fork(text, bigint, text, text)
  FROM PUBLIC;

DO $grants$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA hq_office TO %I', current_database() || '_offices');
  EXECUTE format('GRANT EXECUTE ON FUNCTION hq_office.ingest(text, bigint, jsonb) TO %I',
                 current_database() || '_offices');
  EXECUTE format('GRANT USAGE ON SCHEMA hq TO %I', current_database() || '_readers');
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA hq TO %I', current_database() || '_readers');
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA hq GRANT SELECT ON TABLES TO %I',
                 current_database() || '_readers');
END
$grants$;
`;
