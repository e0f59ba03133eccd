import { parseYuanToFen } from '../../../shared/domain/money';

/** Fen as the text a yuan field starts with ("1880000.00"). */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** A typed amount as fen, or null when it is not a positive amount with at most two decimals. */
export function positiveFen(text: string | undefined): number | null {
  const fen = parseYuanToFen(text ?? '');
  return fen !== null && fen > 0 ? fen : null;
}

/** An antd rule: a positive amount with at most two decimals, else `message`. */
export function positiveAmountRule(message: string) {
  return {
    validator: (_: unknown, v: string | undefined) =>
      positiveFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
