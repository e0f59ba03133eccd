import type { ImportReport } from '../../../../shared/contract/units';
import { AppError } from '../../../../shared/domain/errors';
import { parseYuanToFen } from '../../../../shared/domain/money';
import type { SheetRows } from './sheetFile';
import { parseAreaCenti } from '../../../../shared/domain/area';

export interface NewUnit {
  building: string;
  unit: string;
  floor: number;
  room: string;
  layout: string;
  areaCenti: number;
  listPriceFen: number;
}

type Column = 'building' | 'unit' | 'floor' | 'room' | 'layout' | 'area' | 'price';

/** Headers as offices write them, compared without spaces, case or a bracketed unit like (㎡). */
const HEADERS: Record<Column, string[]> = {
  building: ['楼栋', '栋', '楼号', '栋号', 'building'],
  unit: ['单元', 'unit'],
  floor: ['楼层', '层', 'floor'],
  room: ['房号', '房间', '房间号', 'room'],
  layout: ['户型', 'layout'],
  area: ['面积', '建筑面积', 'area'],
  price: ['总价', '列表价', '标价', '价格', 'listprice', 'price'],
};
const REQUIRED: Column[] = ['building', 'floor', 'room', 'area', 'price'];
const LIMITS: Partial<Record<Column, number>> = { building: 20, unit: 20, room: 20, layout: 40 };

function normalizeHeader(text: string): string {
  return text
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function unitKey(u: Pick<NewUnit, 'building' | 'unit' | 'room'>): string {
  return `${u.building}\u0000${u.unit}\u0000${u.room}`;
}

export function unitLabel(u: Pick<NewUnit, 'building' | 'unit' | 'room'>): string {
  return [u.building, u.unit, u.room].filter((p) => p !== '').join('-');
}

/**
 * Checks every row of an uploaded unit list. Good rows are returned to be written; each bad row is
 * reported with its spreadsheet row number and the reason, and none of it is written.
 */
export function checkUnitRows(
  rows: SheetRows,
  existing: ReadonlySet<string>,
): { good: NewUnit[]; refused: ImportReport['refused']; rows: number } {
  const header = rows[0]?.map(normalizeHeader) ?? [];
  const index = {} as Record<Column, number>;
  for (const column of Object.keys(HEADERS) as Column[]) {
    index[column] = header.findIndex((h) => HEADERS[column].includes(h));
  }
  const missing = REQUIRED.filter((c) => index[c] < 0);
  if (missing.length > 0) throw new AppError('IMPORT_MISSING_COLUMNS', { columns: missing.join(', ') });

  const good: NewUnit[] = [];
  const refused: ImportReport['refused'] = [];
  const seen = new Set<string>();
  let counted = 0;
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: Column) => (index[c] >= 0 ? (cells[index[c]] ?? '').trim() : '');
    if (cells.every((c) => c.trim() === '')) return; // blank line: not a row
    counted++;
    const refuse = (reason: ImportReport['refused'][number]['reason'], detail: string) =>
      refused.push({ row, reason, detail });
    const empty = REQUIRED.find((c) => get(c) === '');
    if (empty) return refuse('missing_field', empty);
    const long = (Object.keys(LIMITS) as Column[]).find((c) => get(c).length > LIMITS[c]!);
    if (long) return refuse('too_long', long);
    const floor = Number(get('floor').replace(/(层|F)$/i, ''));
    if (!Number.isInteger(floor) || floor === 0 || floor < -10 || floor > 200)
      return refuse('bad_floor', get('floor'));
    const areaCenti = parseAreaCenti(get('area'));
    if (areaCenti === null) return refuse('bad_area', get('area'));
    const listPriceFen = parseYuanToFen(get('price'));
    if (listPriceFen === null || listPriceFen < 0) return refuse('bad_price', get('price'));
    const unit: NewUnit = {
      building: get('building'),
      unit: get('unit'),
      floor,
      room: get('room'),
      layout: get('layout'),
      areaCenti,
      listPriceFen,
    };
    const key = unitKey(unit);
    if (seen.has(key)) return refuse('duplicate_in_file', unitLabel(unit));
    seen.add(key);
    if (existing.has(key)) return refuse('exists', unitLabel(unit));
    good.push(unit);
  });
  return { good, refused, rows: counted };
}
