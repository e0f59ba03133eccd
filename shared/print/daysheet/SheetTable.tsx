import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { money, sum } from './format';

/** One column of a printed table: its header (a key of `columns.*`), its cells, its total. */
export interface SheetColumn<T> {
  label: string;
  numeric?: boolean;
  /** A short value (a name, a time) kept on one line however narrow the page makes the column. */
  nowrap?: boolean;
  cell: (row: T) => ReactNode;
  /** The column's figure in the total row (合计); a table has that row when any column has one. */
  total?: (rows: readonly T[]) => ReactNode;
}

type NumberField<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];
type AmountField<T> = { [K in keyof T]: T[K] extends number | null ? K : never }[keyof T];

/** A text column. */
export function text<T>(label: string, cell: (row: T) => ReactNode, total?: SheetColumn<T>['total']) {
  return { label, cell, total } satisfies SheetColumn<T>;
}

/** A name or a time: never broken over lines (a name wrapped a character a line is unreadable). */
export function short<T>(label: string, cell: (row: T) => ReactNode, total?: SheetColumn<T>['total']) {
  return { label, cell, total, nowrap: true } satisfies SheetColumn<T>;
}

/** A number column, without a total unless given one. */
export function figure<T>(label: string, cell: (row: T) => ReactNode, total?: SheetColumn<T>['total']) {
  return { label, numeric: true, cell, total } satisfies SheetColumn<T>;
}

/** A count, totalled. */
export function counted<T>(label: string, field: NumberField<T>): SheetColumn<T> {
  const of = (row: T) => row[field] as number;
  return figure(label, of, (rows) => sum(rows, of));
}

/** An amount in fen shown as yuan, totalled unless `total` is false. */
export function amount<T>(label: string, field: AmountField<T>, total = true): SheetColumn<T> {
  const of = (row: T) => row[field] as number | null;
  return figure(
    label,
    (row) => money(of(row)),
    total ? (rows) => money(sum(rows, (r) => of(r) ?? 0)) : undefined,
  );
}

/**
 * One table of the printed sheet: a header repeated on every page, the rows, and the total row
 * (the same totals as the .xlsx, computed from the same data). An empty table says so.
 */
export function SheetTable<T>({ columns, rows }: { columns: SheetColumn<T>[]; rows: readonly T[] }) {
  const { t } = useTranslation('daysheet');
  // The total row ends after the last column that has a total.
  const lastTotal = columns.findLastIndex((c) => c.total !== undefined);
  const totals = lastTotal >= 0;
  if (rows.length === 0 && !totals) return <p className="empty">{t('doc.none')}</p>;
  const numeric = (c: SheetColumn<T>) => (c.numeric ? 'num' : c.nowrap ? 'short' : undefined);
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} className={numeric(c)}>
              {t(`columns.${c.label}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {columns.map((c) => (
              <td key={c.label} className={numeric(c)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {totals && (
          <tr className="total">
            <td>{t('doc.total')}</td>
            {columns.slice(1, lastTotal + 1).map((c) => (
              <td key={c.label} className={numeric(c)}>
                {c.total?.(rows)}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
