import { readCursor, type ReadSource } from '../../../db/access';

/**
 * The visit and call tallies (0015) checked against the truth they are kept from: each tally row
 * must equal the count (and sums) of its visits or calls, name the first (where it keeps it) and
 * the newest of them, and every key that has rows must have its tally row. The triggers make any
 * other state impossible through SQL; this is the auditor's proof that they did (and what
 * `audit.verify` reports if a ledger file was edited with the triggers dropped). Reads each
 * source table once per tally, grouped; the figures are taken again here, independently of the
 * migration's definitions.
 */
export interface TallyCheck {
  table: string;
  source: 'visits' | 'calls';
  /** key columns of the tally and the expression of each over a source row */
  keys: readonly (readonly [column: string, expression: string])[];
  /** summed columns and the expression of each over a source row */
  sums: readonly (readonly [column: string, expression: string])[];
  /** the tally keeps the id of its key's first row */
  first: boolean;
}

export const VISIT_TALLIES: readonly TallyCheck[] = [
  {
    table: 'visit_tallies_by_kind',
    source: 'visits',
    keys: [
      ['business_date', 'business_date'],
      ['is_returning', 'is_returning'],
    ],
    sums: [
      ['visits', 'count(*)'],
      ['people', 'sum(party_size)'],
    ],
    first: false,
  },
  {
    table: 'visit_tallies_by_channel',
    source: 'visits',
    keys: [
      ['business_date', 'business_date'],
      ['channel', 'channel'],
    ],
    sums: [['visits', 'count(*)']],
    first: true,
  },
  {
    table: 'visit_tallies_by_consultant',
    source: 'visits',
    keys: [
      ['business_date', 'business_date'],
      ['consultant_id', 'consultant_id'],
      ['is_returning', 'is_returning'],
    ],
    sums: [['visits', 'count(*)']],
    first: false,
  },
  {
    table: 'visit_tallies_by_quarter',
    source: 'visits',
    keys: [
      ['business_date', 'business_date'],
      ['quarter', 'unixepoch(arrived_at) / 900'],
    ],
    sums: [['visits', 'count(*)']],
    first: false,
  },
  {
    table: 'call_tallies_by_kind',
    source: 'calls',
    keys: [
      ['business_date', 'business_date'],
      ['is_returning', 'is_returning'],
    ],
    sums: [
      ['calls', 'count(*)'],
      ['invited', 'sum(invited_for IS NOT NULL)'],
    ],
    first: false,
  },
  {
    table: 'call_tallies_by_channel',
    source: 'calls',
    keys: [
      ['business_date', 'business_date'],
      ['channel', 'channel'],
    ],
    sums: [['calls', 'count(*)']],
    first: true,
  },
  {
    table: 'call_tallies_by_quarter',
    source: 'calls',
    keys: [
      ['business_date', 'business_date'],
      ['quarter', 'unixepoch(at) / 900'],
    ],
    sums: [['calls', 'count(*)']],
    first: false,
  },
];

export interface TallyProblem {
  table: string;
  rowId: number;
  problem: string;
}

type Row = Record<string, string | number | null>;

export function tallyProblems(source: ReadSource): TallyProblem[] {
  const problems: TallyProblem[] = [];
  for (const t of VISIT_TALLIES) {
    const keyNames = t.keys.map(([name]) => name);
    const figures = [...t.sums.map(([name]) => name), ...(t.first ? ['first_id'] : []), 'last_id'];
    const truth = readCursor(
      source,
      `SELECT ${[
        ...t.keys.map(([name, expression]) => `${expression} AS ${name}`),
        ...t.sums.map(([name, expression]) => `${expression} AS ${name}`),
        ...(t.first ? ['min(id) AS first_id'] : []),
        'max(id) AS last_id',
      ].join(', ')} FROM ${t.source} GROUP BY ${t.keys.map((_, i) => i + 1).join(', ')}`,
    ).all() as Row[];
    const keyOf = (row: Row) => JSON.stringify(keyNames.map((k) => row[k]));
    const kept = new Map(
      (readCursor(source, `SELECT * FROM ${t.table}`).all() as Row[]).map((row) => [keyOf(row), row]),
    );
    const label = (row: Row) => keyNames.map((k) => `${k} ${String(row[k])}`).join(', ');
    const said = (row: Row) => figures.map((f) => `${f} ${String(row[f])}`).join(', ');
    for (const want of truth) {
      const key = keyOf(want);
      const row = kept.get(key);
      kept.delete(key);
      if (!row) {
        problems.push({
          table: t.table,
          rowId: Number(want.last_id),
          problem: `no tally for ${label(want)}: its ${t.source} give ${said(want)}`,
        });
      } else if (figures.some((f) => row[f] !== want[f])) {
        problems.push({
          table: t.table,
          rowId: Number(row.last_id),
          problem: `tally of ${label(row)} says ${said(row)} but its ${t.source} give ${said(want)}`,
        });
      }
    }
    for (const row of kept.values()) {
      problems.push({
        table: t.table,
        rowId: Number(row.last_id),
        problem: `tally of ${label(row)} (${said(row)}) without any ${t.source}`,
      });
    }
  }
  return problems;
}
