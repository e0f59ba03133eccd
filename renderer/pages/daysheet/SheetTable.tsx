import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SheetColumn {
  label: string;
  numeric?: boolean;
}

/**
 * One table of the printed sheet: a header repeated on every page, the rows, and an optional
 * total row (the same totals as the .xlsx, computed from the same data). An empty table says so.
 */
export function SheetTable({
  columns,
  rows,
  total,
}: {
  columns: SheetColumn[];
  rows: ReactNode[][];
  /** One cell per column after the first (which reads 合计); undefined leaves a cell blank. */
  total?: (ReactNode | undefined)[];
}) {
  const { t } = useTranslation('daysheet');
  if (rows.length === 0 && total === undefined) return <p className="empty">{t('doc.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, i) => (
              <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
        {total && (
          <tr className="total">
            <td>{t('doc.total')}</td>
            {total.map((cell, i) => (
              <td key={i} className={columns[i + 1]?.numeric ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
