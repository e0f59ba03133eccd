import { readCursor, type ReadSource } from '../../../db/access';

/**
 * The running balances (0012) checked against the truth they are kept from: each balance row
 * must equal the sum of its movements and name the newest of them, and every key that ever
 * moved must have its row. The triggers make any other state impossible through SQL; this is
 * the auditor's proof that they did (and what `audit.verify` reports if a ledger file was
 * edited with the triggers dropped). Reads each movement table once, grouped.
 */
interface Kept {
  table: string;
  source: string;
  key: string;
  amount: string;
  delta: string;
}

export const RUNNING_BALANCES: readonly Kept[] = [
  {
    table: 'ticket_stock_on_hand',
    source: 'ticket_movements',
    key: 'type_id',
    amount: 'on_hand',
    delta: 'delta',
  },
  {
    table: 'cash_custody',
    source: 'cash_movements',
    key: 'holder_id',
    amount: 'balance_fen',
    delta: 'delta_fen',
  },
  {
    table: 'cash_float_balances',
    source: 'cash_float_changes',
    key: 'desk',
    amount: 'float_fen',
    delta: 'delta_fen',
  },
];

export interface BalanceProblem {
  table: string;
  rowId: number;
  problem: string;
}

interface Figure {
  key: number | string;
  amount: number;
  last: number;
}

export function runningBalanceProblems(source: ReadSource): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  for (const { table, source: movements, key, amount, delta } of RUNNING_BALANCES) {
    const summed = readCursor(
      source,
      `SELECT ${key} AS key, sum(${delta}) AS amount, max(id) AS last FROM ${movements} GROUP BY ${key}`,
    ).all() as Figure[];
    const kept = new Map(
      (
        readCursor(
          source,
          `SELECT ${key} AS key, ${amount} AS amount, last_id AS last FROM ${table}`,
        ).all() as Figure[]
      ).map((r) => [r.key, r]),
    );
    const name = (k: number | string) =>
      typeof k === 'number' ? { rowId: k, label: '' } : { rowId: 0, label: ` "${k}"` };
    for (const truth of summed) {
      const row = kept.get(truth.key);
      kept.delete(truth.key);
      const { rowId, label } = name(truth.key);
      if (!row) {
        problems.push({
          table,
          rowId,
          problem: `no running balance for ${key}${label}: its ${movements} sum to ${truth.amount}`,
        });
      } else if (row.amount !== truth.amount || row.last !== truth.last) {
        problems.push({
          table,
          rowId,
          problem: `running balance${label} says ${row.amount} (to #${row.last}) but its ${movements} sum to ${truth.amount} (to #${truth.last})`,
        });
      }
    }
    for (const row of kept.values()) {
      const { rowId, label } = name(row.key);
      problems.push({
        table,
        rowId,
        problem: `running balance${label} of ${row.amount} without any ${movements}`,
      });
    }
  }
  return problems;
}
