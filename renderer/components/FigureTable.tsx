import { Table, type TableColumnsType } from 'antd';

/** A short table read whole: small, not paged. */
export function FigureTable<T extends object>({
  rowKey,
  rows,
  columns,
}: {
  rowKey: keyof T & string;
  rows: readonly T[];
  columns: TableColumnsType<T>;
}) {
  return <Table<T> rowKey={rowKey} size="small" pagination={false} dataSource={rows} columns={columns} />;
}
