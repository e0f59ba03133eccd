import type { TFunction } from 'i18next';
import type { BoardUnit, DepositDetail, UnitStatus } from '../../../shared/contract/holds';
import { formatFen } from '../../../shared/domain/money';

/** Board colours by status; the legend and the cells share them. */
export const STATUS_COLOURS: Record<UnitStatus, string> = {
  // Dark enough for white tag text (WCAG AA 4.5:1); the board tints its cells with them.
  available: '#237804',
  pending: '#874d00',
  held: '#ad2102',
  reserved: '#0958d9',
  signed: '#595959',
  withheld: '#434343',
};

/** Hundredths of m² as "89.50". */
export function formatArea(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

/** Milliseconds as "29:59" (or "1:02:03" past an hour). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "¥20,000.00 · 微信 · 收据号 SJ-1 · 协议号 DG-1 · 成交价 ¥1,870,000.00（优惠 ¥10,000.00，李经理 批准） · …". */
export function depositSummary(d: DepositDetail, t: TFunction<'holds'>): string {
  const discount =
    d.discountFen !== null && d.discountFen > 0
      ? t('deposit.discountNote', { amount: formatFen(d.discountFen), name: d.approvedByName ?? '' })
      : '';
  return [
    formatFen(d.amountFen),
    t(`method.${d.method}`),
    `${t('money.receipt')} ${d.receiptNo}`,
    `${t('money.agreement')} ${d.agreementNo}`,
    `${t('money.price')} ${formatFen(d.agreedPriceFen)}${discount}`,
    t(`depositState.${d.state}`),
  ].join(' · ');
}

/** "1栋-1单元-101": how a unit is named in dialog titles. */
export function unitName(u: Pick<BoardUnit, 'building' | 'unit' | 'room'>): string {
  return [u.building, u.unit, u.room].filter(Boolean).join('-');
}
