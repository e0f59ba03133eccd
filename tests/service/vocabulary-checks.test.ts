import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../../db/connection';
import { migrateLedger } from '../../db/migrate';
import {
  AUDIT_OUTCOMES,
  CASH_MOVEMENT_KINDS,
  CASH_TRANSFER_KINDS,
  CASH_VARIANCE_DECISIONS,
  CASH_VARIANCE_OCCASIONS,
  CHOSEN_BY,
  COMPLAINT_CHANNELS,
  COMPLAINT_DEADLINES,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_EVENT_KINDS,
  COMPLAINT_KINDS,
  COMPLAINT_NOTICE_STAGES,
  COMPLAINT_TARGETS,
  COMPLAINT_URGENCIES,
  COUNT_OCCASIONS,
  NOTIFICATION_RESOLUTIONS,
  COUNT_SUBJECTS,
  DAY_CLOSE_EVENT_KINDS,
  DEPOSIT_METHODS,
  HANDOVER_SECTIONS,
  HANDOVER_TASK_EVENT_KINDS,
  HOLD_EVENT_KINDS,
  HOLD_STATES,
  KEY_KINDS,
  KEY_MOVEMENT_KINDS,
  MAIL_KINDS,
  PUNCH_KINDS,
  PUNCH_SOURCES,
  OUTING_EVENT_KINDS,
  ROSTER_DUTIES,
  DESK_CHECK_KINDS,
  MESSAGE_VIAS,
  NOTIFICATION_SEVERITIES,
  PAYMENT_METHODS,
  REFUND_EVENT_KINDS,
  ROTATION_EVENT_KINDS,
  SECRET_KINDS,
  SIGN_IN_PURPOSES,
  SIGNING_ROLES,
  TAKINGS_METHODS,
  TICKET_MOVEMENT_KINDS,
  VISIT_OUTCOMES,
  VISIT_UPDATE_KINDS,
} from '../../shared/domain/vocab';

/**
 * The ledger keeps these columns to a closed set with a CHECK written in a migration; the app
 * speaks the set through its vocabulary. The two must agree: a value added to a tuple without a
 * migration that widens the CHECK would be refused at the first write, and a value the CHECK
 * allows but the tuple lacks would be a row the app cannot read.
 */
const CHECKED: [table: string, column: string, vocabulary: readonly string[]][] = [
  ['audit_log', 'outcome', AUDIT_OUTCOMES],
  ['users', 'secret_kind', SECRET_KINDS],
  ['sign_in_attempts', 'purpose', SIGN_IN_PURPOSES],
  ['notifications', 'severity', NOTIFICATION_SEVERITIES],
  ['notification_resolutions', 'reason', NOTIFICATION_RESOLUTIONS],
  ['visits', 'chosen_by', CHOSEN_BY],
  ['visit_updates', 'kind', VISIT_UPDATE_KINDS],
  ['visit_updates', 'outcome', VISIT_OUTCOMES],
  ['rotation_events', 'kind', ROTATION_EVENT_KINDS],
  ['hold_events', 'kind', HOLD_EVENT_KINDS],
  ['hold_status', 'state', HOLD_STATES],
  ['hold_deposits', 'method', DEPOSIT_METHODS],
  ['refund_events', 'kind', REFUND_EVENT_KINDS],
  ['refund_events', 'method', DEPOSIT_METHODS],
  ['ticket_movements', 'kind', TICKET_MOVEMENT_KINDS],
  ['ticket_movements', 'payment_method', PAYMENT_METHODS],
  ['cash_transfers', 'kind', CASH_TRANSFER_KINDS],
  ['cash_movements', 'kind', CASH_MOVEMENT_KINDS],
  ['cash_variances', 'occasion', CASH_VARIANCE_OCCASIONS],
  ['cash_variance_decisions', 'decision', CASH_VARIANCE_DECISIONS],
  ['day_close_takings_lines', 'method', TAKINGS_METHODS],
  ['ticket_counts', 'occasion', COUNT_OCCASIONS],
  ['ticket_counts', 'subject', COUNT_SUBJECTS],
  ['keys', 'kind', KEY_KINDS],
  ['key_movements', 'kind', KEY_MOVEMENT_KINDS],
  ['handover_differences', 'section', HANDOVER_SECTIONS],
  ['handover_task_events', 'kind', HANDOVER_TASK_EVENT_KINDS],
  ['mail_items', 'kind', MAIL_KINDS],
  ['messages', 'via', MESSAGE_VIAS],
  ['day_close_events', 'kind', DAY_CLOSE_EVENT_KINDS],
  ['day_close_signatures', 'role', SIGNING_ROLES],
  ['attendance_punches', 'kind', PUNCH_KINDS],
  ['attendance_punches', 'source', PUNCH_SOURCES],
  ['attendance_proxy_attempts', 'kind', PUNCH_KINDS],
  ['outing_events', 'kind', OUTING_EVENT_KINDS],
  ['roster_entries', 'duty', ROSTER_DUTIES],
  ['desk_checks', 'kind', DESK_CHECK_KINDS],
  ['complaints', 'channel', COMPLAINT_CHANNELS],
  ['complaints', 'kind', COMPLAINT_KINDS],
  ['complaints', 'target', COMPLAINT_TARGETS],
  ['complaints', 'department', COMPLAINT_DEPARTMENTS],
  ['complaints', 'urgency', COMPLAINT_URGENCIES],
  ['complaint_events', 'kind', COMPLAINT_EVENT_KINDS],
  ['complaint_notices', 'deadline', COMPLAINT_DEADLINES],
  ['complaint_notices', 'stage', COMPLAINT_NOTICE_STAGES],
];

let dir: string;
let ledger: Ledger;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-vocab-'));
  ledger = openLedger(path.join(dir, 'sitedesk.sqlite'));
  await migrateLedger(ledger, path.join(dir, 'backups'));
});

afterAll(async () => {
  await ledger.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The column definitions of a table as the migrated ledger declares it (split at top-level commas). */
function columnDefinitions(table: string): string[] {
  const row = ledger.sqlite
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(table) as { sql: string } | undefined;
  if (!row) throw new Error(`no table ${table}`);
  const body = row.sql.slice(row.sql.indexOf('(') + 1, row.sql.lastIndexOf(')'));
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(body.slice(start).trim());
  return parts;
}

function definitionOf(table: string, column: string): string {
  const found = columnDefinitions(table).find((d) => d.split(/\s+/)[0] === column);
  if (!found) throw new Error(`no column ${table}.${column}`);
  return found;
}

/** A column's own `CHECK (col IN ('a', 'b'))` (or `col IS NULL OR col IN (…)`): its listed words. */
function listedWords(definition: string): string[] | null {
  const column = definition.split(/\s+/)[0]!;
  const match = new RegExp(`CHECK \\((?:${column} IS NULL OR )?${column} IN \\(([^)]*)\\)\\)`).exec(
    definition,
  );
  if (!match || !match[1]!.trim().startsWith("'")) return null;
  return match[1]!.split(',').map((w) => w.trim().replace(/^'|'$/g, ''));
}

describe('every CHECKed closed set of the ledger is exactly its vocabulary', () => {
  test.each(CHECKED)('%s.%s', (table, column, vocabulary) => {
    const definition = definitionOf(table, column);
    expect(listedWords(definition)?.sort()).toEqual([...vocabulary].sort());

    // The column as the ledger declares it, exercised: each word is accepted, another refused.
    const probe = `probe_${table}_${column}`;
    ledger.sqlite.exec(`CREATE TEMP TABLE ${probe} (${definition}) STRICT`);
    const insert = ledger.sqlite.prepare(`INSERT INTO temp.${probe} (${column}) VALUES (?)`);
    for (const word of vocabulary) expect(() => insert.run(word), word).not.toThrow();
    expect(() => insert.run('not_in_the_vocabulary')).toThrow(/CHECK constraint failed/);
    expect(ledger.sqlite.prepare(`SELECT count(*) AS n FROM temp.${probe}`).get()).toEqual({
      n: vocabulary.length,
    });
  });

  test('no CHECKed closed set of the ledger is left without its vocabulary here', () => {
    const tables = ledger.sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[];
    const found = tables.flatMap(({ name }) =>
      columnDefinitions(name)
        .filter((d) => listedWords(d) !== null)
        .map((d) => `${name}.${d.split(/\s+/)[0]}`),
    );
    expect(found.sort()).toEqual(CHECKED.map(([table, column]) => `${table}.${column}`).sort());
  });
});
