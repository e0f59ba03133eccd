import { sql, type Selectable } from 'kysely';
import {
  allColumns,
  IN_JSON_PARAMETER,
  jsonTable,
  queryText,
  rowObjects,
  selectSqlRows,
  selectTextRows,
} from '../../../../db/rows';
import type { ReadableDB } from '../../../../db/access';
import type { UnitsTable } from '../../../../db/schema';
import { MAX_IMPORT_BYTES, type UnitView } from '../../../../shared/contract/units';
import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { liveHoldOf } from '../holds/events';
import { checkUnitRows, unitKey, unitLabel } from './importRows';
import { readSheet } from './sheetFile';

export type UnitRow = Selectable<UnitsTable>;

export function toUnitView(row: UnitRow): UnitView {
  return {
    id: row.id,
    building: row.building,
    unit: row.unit,
    floor: row.floor,
    room: row.room,
    layout: row.layout,
    areaCenti: row.area_centi,
    listPriceFen: row.list_price_fen,
    withheld: row.withheld === 1,
  };
}

export { unitLabel };

/** A unit's row, every column, in this order (read with jsonTable). */
const UNIT_COLUMNS = allColumns<UnitRow>()(
  'id',
  'building',
  'unit',
  'floor',
  'room',
  'layout',
  'area_centi',
  'list_price_fen',
  'withheld',
  'created_at',
  'audit_id',
);

function unitsQuery(db: ReadableDB) {
  return db.selectFrom('units').select((eb) =>
    eb.fn
      .agg<string>('json_group_array', [
        eb.fn(
          'json_array',
          UNIT_COLUMNS.map((c) => eb.ref(c)),
        ),
      ])
      .orderBy('building')
      .orderBy('unit')
      .orderBy('floor')
      .orderBy('room')
      .as('rows'),
  );
}
const ALL_UNITS = queryText(unitsQuery);
const UNITS_OF_BUILDING = queryText((db) => unitsQuery(db).where('building', '=', sql<string>`?`));

/**
 * The project's units, or one building's (the board shows a building at a time), in the order
 * of building, unit, floor and room: read as one JSON text (jsonTable) by a query text built
 * once (queryText), not a row at a time.
 */
export function listUnits(ctx: Pick<ReadCallContext, 'db' | 'raw'>, building?: string): UnitRow[] {
  const rows =
    building === undefined
      ? jsonTable(ctx.raw, ALL_UNITS(ctx.db))
      : jsonTable(ctx.raw, UNITS_OF_BUILDING(ctx.db), [building]);
  return rowObjects<UnitRow>(rows, UNIT_COLUMNS);
}

type UnitsReader = Pick<ReadCallContext, 'db' | 'raw' | 'remembered'>;

/**
 * One building's units as listUnits reads them, kept by the router until units are written: the
 * 销控 board asks for a building on every call, and the project's units change on an import or a
 * manager's edit. Frozen rows.
 */
export function unitsOfBuilding(ctx: UnitsReader, building: string): readonly UnitRow[] {
  return ctx.remembered(`units.ofBuilding:${building}`, ['units'], () => listUnits(ctx, building));
}

/** Natural order of building names; one collator (a localeCompare with options builds one per call). */
const BUILDING_ORDER = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The project's buildings in natural order (2栋 before 10栋), kept as unitsOfBuilding is. Read by
 * skipping from one building to the next on the (building, unit, room) index: a seek per
 * building, not a pass over every unit.
 */
export function listBuildings(ctx: UnitsReader): readonly string[] {
  return ctx.remembered('units.buildings', ['units'], () =>
    selectSqlRows(
      ctx.raw,
      ctx.db,
      sql<{ building: string }>`
      WITH RECURSIVE b(building) AS (
        SELECT min(building) FROM units
        UNION ALL
        SELECT (SELECT min(building) FROM units WHERE building > b.building) FROM b
        WHERE b.building IS NOT NULL
      )
      SELECT building FROM b WHERE building IS NOT NULL`,
    )
      .map((r) => r.building)
      .sort(BUILDING_ORDER.compare),
  );
}

export async function requireUnit(db: ReadableDB, id: number): Promise<UnitRow> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('UNIT_NOT_FOUND', { id });
  return row;
}

/** What a line names a unit by (its label), and its id. */
export type UnitName = Pick<UnitRow, 'id' | 'building' | 'unit' | 'room'>;

const UNIT_NAMES_BY_ID = queryText((db) =>
  db.selectFrom('units').select(['id', 'building', 'unit', 'room']).where('id', 'in', IN_JSON_PARAMETER),
);

/**
 * The names of the units of `ids` by id, in one query (a list's lines name their units; no query
 * per line): only the columns of a label, the ids as one JSON parameter (one statement for
 * every page size).
 */
export function unitNamesByIds(
  ctx: Pick<ReadCallContext, 'db' | 'raw'>,
  ids: readonly number[],
): Map<number, UnitName> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = selectTextRows(ctx.raw, UNIT_NAMES_BY_ID(ctx.db), [JSON.stringify(unique)]);
  return new Map(rows.map((r) => [r.id, r]));
}

export const unitsHandlers: HandlersOf<'units'> = {
  'units.directory': async (input, ctx) => {
    const buildings = listBuildings(ctx);
    const building =
      input.building !== undefined && buildings.includes(input.building)
        ? input.building
        : (buildings[0] ?? null);
    const rows = building === null ? [] : unitsOfBuilding(ctx, building);
    return {
      buildings: [...buildings],
      building,
      units: rows.map((u) => ({
        id: u.id,
        building: u.building,
        unit: u.unit,
        floor: u.floor,
        room: u.room,
        layout: u.layout,
        areaCenti: u.area_centi,
        label: unitLabel(u),
      })),
    };
  },
  'units.list': async (input, ctx) => listUnits(ctx, input.building).map(toUnitView),
  'units.buildings': async (_input, ctx) => [...listBuildings(ctx)],

  'units.import': async (input, ctx) => {
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0 || content.length > MAX_IMPORT_BYTES) {
      throw new AppError('IMPORT_BAD_FILE', { reason: `0 < size <= ${MAX_IMPORT_BYTES} bytes` });
    }
    const sheet = await readSheet(input.fileName, content);
    const existing = new Set(listUnits(ctx).map(unitKey));
    const { good, refused, rows } = checkUnitRows(sheet.rows, existing);
    if (!input.dryRun) {
      for (const u of good) {
        await ctx.writer.insert('units', {
          building: u.building,
          unit: u.unit,
          floor: u.floor,
          room: u.room,
          layout: u.layout,
          area_centi: u.areaCenti,
          list_price_fen: u.listPriceFen,
          withheld: 0,
          created_at: ctx.at,
        });
      }
    }
    return { format: sheet.format, rows, imported: good.length, refused };
  },

  'units.update': async (input, ctx) => {
    await requireUnit(ctx.db, input.unitId);
    const changes: Partial<UnitRow> = {};
    if (input.layout !== undefined) changes.layout = input.layout;
    if (input.floor !== undefined) changes.floor = input.floor;
    if (input.areaCenti !== undefined) changes.area_centi = input.areaCenti;
    if (input.listPriceFen !== undefined) changes.list_price_fen = input.listPriceFen;
    return toUnitView(await ctx.writer.update('units', input.unitId, changes));
  },

  'units.setWithheld': async (input, ctx) => {
    const unit = await requireUnit(ctx.db, input.unitId);
    if (unit.withheld === (input.withheld ? 1 : 0)) return toUnitView(unit);
    if (input.withheld) {
      // A unit someone is selling cannot be taken off sale under them.
      const claim = await liveHoldOf(ctx, unit.id);
      if (claim)
        throw new AppError('UNIT_CLAIMED', { unit: unitLabel(unit), consultant: claim.consultantName });
    }
    return toUnitView(await ctx.writer.update('units', unit.id, { withheld: input.withheld ? 1 : 0 }));
  },
};

export const unitsService: ServiceModule<'units'> = {
  handlers: unitsHandlers,
};
