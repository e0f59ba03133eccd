import { Button, type ButtonProps } from 'antd';

/**
 * A small button in a table row, named for screen readers by the act and what it acts on
 * ("修改 101"), since every row has the same button text.
 */
export function RowButton({
  label,
  of,
  ...button
}: { label: string; of: string | number } & Omit<ButtonProps, 'children' | 'size' | 'aria-label'>) {
  return (
    <Button size="small" aria-label={`${label} ${of}`} {...button}>
      {label}
    </Button>
  );
}
