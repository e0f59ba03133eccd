/**
 * HQ's ingest, with the canonical forms it hashes built by PostgreSQL's own C code where it can.
 *
 * The office's canonical JSON of a flat object is its keys in code-unit order, no whitespace, each
 * value as JSON text. `hq.canonical_json` builds it pair by pair (`jsonb_each`, `string_agg`), which
 * was most of the first sync's time. Rows of one table have the same keys, so HQ keeps a composite
 * type per key set — a "shape": one `jsonb` column per key, in the canonical order — and
 * `row_to_json(jsonb_populate_record(NULL::shape, row))` is then the same text, byte for byte (the
 * same column names, the same order, each value's jsonb text, `null` for null), at a fraction of
 * the cost. A row is read through a shape only when its keys are exactly the shape's (`?&` and
 * `-`); any other row — another key set, a key that is not a plain column name — is built by
 * `hq.canonical_json` as before. Shapes are made as ingest first meets a key set (of an audit row, or
 * of the first row of each table among a batch's first 200 new entries), under a lock, at most 2000.
 *
 * The checks of a batch are one statement over it (no function called per row). What is checked,
 * and the answers, are those of 0003.
 */
export const up = String.raw`
CREATE TABLE hq.row_shapes (
  id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  keys text[] NOT NULL UNIQUE,
  type_name text NOT NULL UNIQUE
);

-- The shape (a composite type's name) of objects with exactly these keys, given in canonical order;
-- made when new. NULL when a key is not a plain column name, or there are too many shapes.
CREATE FUNCTION hq.row_shape(p_keys text[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_name text;
  v_id integer;
BEGIN
  IF p_keys IS NULL OR cardinality(p_keys) NOT BETWEEN 1 AND 200
     OR EXISTS (SELECT FROM unnest(p_keys) AS k WHERE k IS NULL OR k !~ '^[a-z_][a-z0-9_]{0,62}$') THEN
    RETURN NULL;
  END IF;
  SELECT type_name INTO v_name FROM hq.row_shapes WHERE keys = p_keys;
  IF FOUND THEN
    RETURN v_name;
  END IF;
  -- two offices meeting the same new key set at once: one makes it, the other then finds it
  PERFORM pg_advisory_xact_lock(hashtext('sitedesk_hq_row_shapes'));
  SELECT type_name INTO v_name FROM hq.row_shapes WHERE keys = p_keys;
  IF FOUND THEN
    RETURN v_name;
  END IF;
  IF (SELECT count(*) FROM hq.row_shapes) >= 2000 THEN
    RETURN NULL;
  END IF;
  INSERT INTO hq.row_shapes (keys, type_name) VALUES (p_keys, '') RETURNING id INTO v_id;
  v_name := 'hq.row_shape_' || v_id;
  EXECUTE format('CREATE TYPE hq.%I AS (%s)', 'row_shape_' || v_id,
                 (SELECT string_agg(format('%I jsonb', k), ', ' ORDER BY i) FROM unnest(p_keys) WITH ORDINALITY AS u(k, i)));
  UPDATE hq.row_shapes SET type_name = v_name WHERE id = v_id;
  RETURN v_name;
END
$$;

-- SQL text of the canonical JSON of the object expression p_expr, through the shape when its keys fit.
CREATE FUNCTION hq.canonical_text(p_expr text, p_shape text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT format('coalesce(CASE WHEN %1$s ?& %2$L::text[] AND (%1$s - %2$L::text[]) = ''{}''::jsonb '
                   'THEN row_to_json(jsonb_populate_record(NULL::%3$s, %1$s))::text END, hq.canonical_json(%1$s))',
                   p_expr, s.keys, s.type_name)
       FROM hq.row_shapes s WHERE s.type_name = p_shape),
    format('hq.canonical_json(%s)', p_expr))
$$;

-- The same for rows of several tables: p_shapes maps a table's name to the shape of its rows.
CREATE FUNCTION hq.canonical_text_by_table(p_table text, p_expr text, p_shapes jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT format('coalesce(CASE %1$s %2$s END, hq.canonical_json(%3$s))', p_table,
                   string_agg(format('WHEN %1$L THEN CASE WHEN %2$s ?& %3$L::text[] AND (%2$s - %3$L::text[]) = ''{}''::jsonb '
                                     'THEN row_to_json(jsonb_populate_record(NULL::%4$s, %2$s))::text END',
                                     e.key, p_expr, s.keys, s.type_name), ' '),
                   p_expr)
       FROM jsonb_each_text(p_shapes) AS e JOIN hq.row_shapes s ON s.type_name = e.value
     HAVING count(*) > 0),
    format('hq.canonical_json(%s)', p_expr))
$$;

REVOKE EXECUTE ON FUNCTION hq.row_shape(text[]), hq.canonical_text(text, text), hq.canonical_text_by_table(text, text, jsonb)
  FROM PUBLIC;

CREATE OR REPLACE FUNCTION hq_office.ingest(p_office_id text, p_office_tail bigint, p_entries jsonb) RETURNS jsonb
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
  v_skip bigint;
  v_audit_text text;
  v_row_text text;
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
    -- each row its audit row lists, hashing to what the audit row keeps for it: one statement over
    -- the batch, the canonical forms through the shapes of its first 200 new entries' rows (a
    -- table met only later in the batch is hashed by hq.canonical_json: the same text, slower)
    v_skip := v_office.head_seq - v_first + 1;
    SELECT hq.canonical_text('n.audit', hq.row_shape(ARRAY(
             SELECT k FROM jsonb_object_keys(p_entries->v_skip::int->'audit') AS k ORDER BY k COLLATE "C"))),
           hq.canonical_text_by_table('w.t', 'w.j', coalesce(jsonb_object_agg(s.t, s.shape), '{}'))
      INTO v_audit_text, v_row_text
      FROM (SELECT f.t, hq.row_shape(ARRAY(SELECT k FROM jsonb_object_keys(f.j) AS k ORDER BY k COLLATE "C")) AS shape
              FROM (SELECT DISTINCT ON (r.value->>'t') r.value->>'t' AS t, r.value->'row' AS j
                      FROM generate_series(v_skip, least(v_skip + 199, v_count - 1)) AS g(i)
                      CROSS JOIN LATERAL jsonb_array_elements(p_entries->g.i::int->'rows') AS r
                     WHERE jsonb_typeof(r.value) = 'object'
                       AND jsonb_typeof(r.value->'t') = 'string' AND jsonb_typeof(r.value->'row') = 'object'
                     ORDER BY r.value->>'t') AS f) AS s
     WHERE s.shape IS NOT NULL;
    EXECUTE format($verify$
      WITH n AS MATERIALIZED (
        SELECT (x.e->>'seq')::bigint AS seq, x.e->>'prev_hash' AS prev_hash, x.e->>'hash' AS hash,
               x.e->'audit' AS audit, (x.e #>> '{audit,writes}')::jsonb AS writes, x.e->'rows' AS rows,
               lag(x.e->>'hash') OVER (ORDER BY x.ord) AS before
          FROM jsonb_array_elements($1) WITH ORDINALITY AS x(e, ord)
         WHERE x.ord > $2
      ),
      w AS MATERIALIZED (
        SELECT n.seq, w.i, w.w, n.rows->(w.i::int - 1) AS r, n.rows->(w.i::int - 1)->>'t' AS t,
               n.rows->(w.i::int - 1)->'row' AS j
          FROM n CROSS JOIN LATERAL jsonb_array_elements(
                 CASE WHEN jsonb_typeof(n.writes) = 'array' AND jsonb_array_length(n.writes) = jsonb_array_length(n.rows)
                      THEN n.writes ELSE '[]' END) WITH ORDINALITY AS w(w, i)
      ),
      problems AS (
        SELECT n.seq, 0::bigint AS i,
               CASE WHEN n.prev_hash <> coalesce(n.before, $3) THEN 'not chained to the entry before'
                    WHEN encode(sha256(convert_to(n.prev_hash || %1$s, 'UTF8')), 'hex') <> n.hash
                      THEN 'its hash does not match its content'
                    WHEN jsonb_typeof(n.writes) IS DISTINCT FROM 'array'
                      OR jsonb_array_length(n.writes) <> jsonb_array_length(n.rows) THEN 'its rows are not one per write'
               END AS problem
          FROM n
        UNION ALL
        SELECT w.seq, w.i,
               CASE WHEN jsonb_typeof(w.r) IS DISTINCT FROM 'object' OR jsonb_typeof(w.w) IS DISTINCT FROM 'array' THEN 'shape'
                    WHEN (w.r->'t') IS DISTINCT FROM (w.w->0) OR (w.r->'k') IS DISTINCT FROM (w.w->1)
                      OR (w.r->'h') IS DISTINCT FROM (w.w->2) THEN 'not the write the audit row lists'
                    WHEN w.r ? 'row' THEN CASE
                      WHEN jsonb_typeof(w.j) IS DISTINCT FROM 'object' THEN 'row is not an object'
                      WHEN encode(sha256(convert_to(%2$s, 'UTF8')), 'hex') <> w.r->>'h' THEN 'row does not match its hash'
                    END
                    WHEN w.r ? 'superseded_by' THEN CASE
                      WHEN jsonb_typeof(w.r->'superseded_by') IS DISTINCT FROM 'number'
                        OR (w.r->>'superseded_by') !~ '^[1-9][0-9]{0,15}$'
                        OR (w.r->>'superseded_by')::bigint < w.seq THEN 'superseded_by'
                    END
                    WHEN w.r ? 'withheld' THEN CASE WHEN jsonb_typeof(w.r->'withheld') = 'string' THEN NULL ELSE 'withheld' END
                    ELSE 'neither row, superseded_by nor withheld'
               END
          FROM w
      )
      SELECT p.seq, p.problem FROM problems AS p WHERE p.problem IS NOT NULL ORDER BY p.seq, p.i LIMIT 1
    $verify$, v_audit_text, v_row_text)
      INTO v_bad USING p_entries, v_skip, v_office.head_hash;
    IF v_bad.seq IS NOT NULL THEN
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
    SELECT p_office_id, (x.e->>'seq')::bigint, x.e->>'prev_hash', x.e->>'hash', (x.e #>> '{audit,at}')::timestamptz,
           (x.e #>> '{audit,business_date}')::date, x.e #>> '{audit,channel}', (x.e #>> '{audit,actor_id}')::integer,
           (x.e #>> '{audit,countersigned_by}')::integer, x.e #>> '{audit,outcome}', x.e->'audit', x.e->'rows'
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

`;
