import { z } from 'zod';
import { defineCall } from './define';
import { idSchema } from './common';
import { IMPORT_REFUSALS } from '../domain/vocab';

/** Area is hundredths of a square metre (89.50 m² = 8950), exact like money. */
export const areaCentiSchema = z.number().int().positive().max(9_999_999);
export const fenSchema = z.number().int().min(0).max(100_000_000_000);

export const unitSchema = z.object({
  id: idSchema,
  building: z.string(),
  unit: z.string(),
  floor: z.number().int(),
  room: z.string(),
  layout: z.string(),
  areaCenti: z.number().int(),
  listPriceFen: z.number().int(),
  withheld: z.boolean(),
});
export type UnitView = z.infer<typeof unitSchema>;

/** Why an import row was refused; the renderer words it, the row number says where. */
export { IMPORT_REFUSALS };

export const importReportSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int(),
  imported: z.number().int(),
  refused: z.array(
    z.object({
      /** The row number as a spreadsheet shows it (the header is row 1). */
      row: z.number().int(),
      reason: z.enum(IMPORT_REFUSALS),
      /** The column at fault, or the unit label for duplicates. */
      detail: z.string(),
    }),
  ),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** 4 MB of file: a project of a few thousand units fits many times over. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** A unit as anyone may name it — no price, no status (those are the 销控's, 000:721). */
export const unitNameSchema = z.object({
  id: idSchema,
  building: z.string(),
  unit: z.string(),
  floor: z.number().int(),
  room: z.string(),
  layout: z.string(),
  areaCenti: z.number().int(),
  /** "1栋-1单元-302", as the desk says it. */
  label: z.string(),
});
export type UnitNameView = z.infer<typeof unitNameSchema>;

export const units = {
  directory: defineCall({
    summary:
      "The project's units by name (building, unit, room, layout, area) to ask about: no prices, no status",
    access: ['consultant', 'receptionist', 'assistant', 'deputy', 'manager', 'admin'],
    mutates: false,
    kept: true,
    input: z.object({ building: z.string().max(40).optional() }).strict(),
    output: z.object({
      buildings: z.array(z.string()),
      building: z.string().nullable(),
      units: z.array(unitNameSchema),
    }),
  }),
  list: defineCall({
    summary:
      'The units of one building 楼栋 (or, with none named, of the project) with their list prices (master data)',
    access: ['manager', 'deputy', 'admin'],
    mutates: false,
    kept: true,
    input: z.object({ building: z.string().max(40).optional() }).strict(),
    output: z.array(unitSchema),
  }),
  buildings: defineCall({
    summary: "The project's buildings 楼栋 in natural order (the units page shows one at a time)",
    access: ['manager', 'deputy', 'admin'],
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(z.string()),
  }),
  import: defineCall({
    summary: 'Import units from a .csv or .xlsx file; refused rows are reported one by one',
    access: ['manager', 'admin'],
    mutates: true,
    input: z
      .object({
        fileName: z.string().trim().min(1).max(200),
        contentBase64: z
          .string()
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
        /** Only report what would be imported and refused, write nothing. */
        dryRun: z.boolean().default(false),
      })
      .strict(),
    output: importReportSchema,
  }),
  update: defineCall({
    summary: "Correct a unit's layout, area, floor or list price",
    access: ['manager', 'admin'],
    mutates: true,
    input: z
      .object({
        unitId: idSchema,
        layout: z.string().trim().max(40).optional(),
        floor: z.number().int().min(-10).max(200).optional(),
        areaCenti: areaCentiSchema.optional(),
        listPriceFen: fenSchema.optional(),
      })
      .strict(),
    output: unitSchema,
  }),
  setWithheld: defineCall({
    summary: 'Take a unit off sale (不可售) or put it back',
    access: ['manager'],
    mutates: true,
    input: z.object({ unitId: idSchema, withheld: z.boolean() }).strict(),
    output: unitSchema,
  }),
};
