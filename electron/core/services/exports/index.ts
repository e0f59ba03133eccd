import type { HandlersOf, ServiceModule } from '../../handler';
import { buildDaySheet } from './daySheet/build';
import { weekXlsx } from './week';
import { daySheetXlsx } from './daySheet/workbook';

/**
 * The exports namespace: the day's reconciliation sheet (data for the print page, .xlsx) and the
 * weekly analysis. The close and handover parts come through ./daySheet/ports.
 */
export const exportsHandlers: HandlersOf<'exports'> = {
  'exports.daySheet': (input, ctx) => buildDaySheet(ctx, input.date ?? ctx.businessDate),
  'exports.daySheetXlsx': async (input, ctx) =>
    daySheetXlsx(await buildDaySheet(ctx, input.date ?? ctx.businessDate)),
  'exports.weekXlsx': (input, ctx) => weekXlsx(ctx, input.date ?? ctx.businessDate),
};

export const exportsService: ServiceModule<'exports'> = {
  handlers: exportsHandlers,
};
