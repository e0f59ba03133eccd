import { buildXlsxOffThread } from '../exports/xlsx/offThread';
import type { KeyMovementView } from '../../../../shared/contract/keys';
import type { Locale } from '../../../../shared/domain/errors';
import { KEY_MOVEMENT_KIND_LABELS, labelsIn } from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { listMovements, type MovementFilter } from './register-list';

/** Column titles and movement names of the sheet, in the language the desk is using. */
const TEXT = {
  'zh-CN': {
    sheet: '钥匙登记',
    file: '钥匙登记',
    columns: [
      '时间',
      '营业日',
      '编号',
      '钥匙',
      '第几把',
      '动作',
      '持有人',
      '电话',
      '经办人',
      '会签人',
      '用途',
      '应还时间',
      '原因',
    ],
    kinds: labelsIn(KEY_MOVEMENT_KIND_LABELS, 'zh-CN'),
  },
  en: {
    sheet: 'Key register',
    file: 'key-register',
    columns: [
      'Time',
      'Business date',
      'Tag',
      'Key',
      'Copy',
      'Movement',
      'Holder',
      'Phone',
      'By',
      'Countersigned by',
      'Purpose',
      'Due back',
      'Reason',
    ],
    kinds: labelsIn(KEY_MOVEMENT_KIND_LABELS, 'en'),
  },
} as const satisfies Record<Locale, unknown>;

/**
 * Excel has no time zones: a cell shows the wall-clock time it holds. The desk reads local
 * time, so the instant is shifted to a Date whose UTC fields are the local ones.
 */
function localCellDate(iso: string): Date {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

function rowOf(m: KeyMovementView, kinds: Record<KeyMovementView['kind'], string>): unknown[] {
  return [
    localCellDate(m.at),
    m.businessDate,
    m.tag,
    m.keyName,
    m.copyNo,
    kinds[m.kind],
    m.holder?.name ?? '',
    m.holder?.phone ?? '',
    m.byName,
    m.countersignedBy ?? '',
    m.purpose ?? '',
    m.dueBack === null ? null : localCellDate(m.dueBack),
    m.reason ?? '',
  ];
}

/** The movements register as .xlsx (oldest first, real dates, header row, autofilter), phones masked. */
export async function exportMovements(
  ctx: ReadCallContext,
  filter: MovementFilter,
): Promise<{ fileName: string; base64: string }> {
  const text = TEXT[ctx.locale];
  const movements = (await listMovements(ctx, filter, { maskPhones: true })).reverse();
  const buffer = await buildXlsxOffThread({
    kind: 'sheet',
    spec: {
      name: text.sheet,
      header: text.columns,
      rows: movements.map((m) => rowOf(m, text.kinds)),
      widths: [17, 12, 8, 16, 6, 8, 12, 14, 10, 10, 18, 17, 20],
      numFmts: { 1: 'yyyy-mm-dd hh:mm', 12: 'yyyy-mm-dd hh:mm' },
      frozenHeader: true,
      autoFilter: true,
      created: ctx.now,
    },
  });
  const project = ctx.settings.projectName ? `_${ctx.settings.projectName}` : '';
  return { fileName: `${text.file}_${ctx.businessDate}${project}.xlsx`, base64: buffer.toString('base64') };
}
