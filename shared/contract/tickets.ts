import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema, pageSchema } from './common';
import { COUNT_OCCASIONS, COUNT_SUBJECTS, PAYMENT_METHODS, TICKET_MOVEMENT_KINDS } from '../domain/vocab';

/** Consignment movie tickets 电影票代售 (SPEC §6): catalogue, stock movements, counts, posters. */

/** Who keeps the ticket desk: the receptionist, and the assistant standing in (000:593, 605). */
const DESK = ['receptionist', 'assistant'] as const;
const READERS = ['receptionist', 'assistant', 'manager', 'cashier', 'admin'] as const;
const CATALOGUE_KEEPERS = ['admin', 'manager'] as const;

/** Its closed sets live in shared/domain/vocab; re-exported for callers that import them from here. */
export { COUNT_OCCASIONS, PAYMENT_METHODS, TICKET_MOVEMENT_KINDS as MOVEMENT_KINDS };
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

/** Tickets moved at once (a sale, a delivery, a return): whole, at least one. */
export const TICKET_COUNT_RANGE = { min: 1, max: 100_000 } as const;
export const LOW_STOCK_THRESHOLD_RANGE = { min: 0, max: 100_000 } as const;
const countSchema = z.number().int().min(TICKET_COUNT_RANGE.min).max(TICKET_COUNT_RANGE.max);
const fenSchema = z.number().int().positive().max(100_000_000);
const reasonSchema = z.string().trim().min(1).max(200);
const shortText = z.string().trim().min(1).max(40);

export const cinemaSchema = z.object({
  id: idSchema,
  name: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  active: z.boolean(),
});
export type CinemaView = z.infer<typeof cinemaSchema>;

export const ticketTypeSchema = z.object({
  id: idSchema,
  cinemaId: idSchema,
  cinemaName: z.string(),
  name: z.string(),
  priceFen: z.number().int(),
  lowStockThreshold: z.number().int(),
  active: z.boolean(),
});
export type TicketTypeView = z.infer<typeof ticketTypeSchema>;

export const stockLineSchema = z.object({
  typeId: idSchema,
  name: z.string(),
  cinemaName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  priceFen: z.number().int(),
  lowStockThreshold: z.number().int(),
  onHand: z.number().int(),
  low: z.boolean(),
  active: z.boolean(),
});
export type StockLine = z.infer<typeof stockLineSchema>;

export const movementSchema = z.object({
  id: idSchema,
  at: z.string(),
  businessDate: z.string(),
  typeId: idSchema,
  typeName: z.string(),
  kind: z.enum(TICKET_MOVEMENT_KINDS),
  /** Signed change of stock on hand. */
  delta: z.number().int(),
  unitPriceFen: z.number().int().nullable(),
  /** For a sale at a price other than the catalogue's (a price exception): the catalogue price. */
  catalogueFen: z.number().int().nullable(),
  amountFen: z.number().int().nullable(),
  paymentMethod: paymentMethodSchema.nullable(),
  batch: z.string().nullable(),
  serialFrom: z.string().nullable(),
  serialTo: z.string().nullable(),
  voidsId: idSchema.nullable(),
  /** For a sale: the void that reversed it, if any. */
  voidedById: idSchema.nullable(),
  reason: z.string().nullable(),
  actorId: idSchema,
  actorName: z.string(),
  countersignedByName: z.string().nullable(),
});
export type MovementView = z.infer<typeof movementSchema>;

export const countLineSchema = z.object({
  id: idSchema,
  subject: z.enum(COUNT_SUBJECTS),
  typeId: idSchema.nullable(),
  holderId: idSchema.nullable(),
  floatFen: z.number().int(),
  expected: z.number().int(),
  counted: z.number().int(),
  variance: z.number().int(),
  explanation: z.string().nullable(),
});
export type CountLine = z.infer<typeof countLineSchema>;

export const posterSchema = z.object({
  id: idSchema,
  film: z.string(),
  showFrom: z.string(),
  showTo: z.string(),
  /** The day the canteen poster must be put up: the day before the showing starts. */
  changeBy: z.string(),
  active: z.boolean(),
});
export type PosterView = z.infer<typeof posterSchema>;

/** The register's filters, shared by the list on screen and the .xlsx export. */
export const movementFilterSchema = pageSchema
  .extend({
    typeId: idSchema.optional(),
    kind: z.enum(TICKET_MOVEMENT_KINDS).optional(),
    fromDate: businessDateSchema.optional(),
    toDate: businessDateSchema.optional(),
  })
  .strict();

export const tickets = {
  catalogue: defineCall({
    summary: 'Cinemas and ticket types, active or not',
    access: READERS,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.object({ cinemas: z.array(cinemaSchema), types: z.array(ticketTypeSchema) }),
  }),
  saveCinema: defineCall({
    summary: 'Add a cinema or change its contact / active flag (never deleted)',
    access: CATALOGUE_KEEPERS,
    mutates: true,
    input: z
      .object({
        id: idSchema.optional(),
        name: z.string().trim().min(1).max(60),
        contactName: shortText,
        contactPhone: z.string().trim().min(1).max(30),
        active: z.boolean().default(true),
      })
      .strict(),
    output: cinemaSchema,
  }),
  saveType: defineCall({
    summary: 'Add a ticket type or change its price, threshold or active flag (never deleted)',
    access: CATALOGUE_KEEPERS,
    mutates: true,
    input: z
      .object({
        id: idSchema.optional(),
        cinemaId: idSchema,
        name: shortText,
        priceFen: fenSchema,
        lowStockThreshold: z
          .number()
          .int()
          .min(LOW_STOCK_THRESHOLD_RANGE.min)
          .max(LOW_STOCK_THRESHOLD_RANGE.max),
        active: z.boolean().default(true),
      })
      .strict(),
    output: ticketTypeSchema,
  }),
  stock: defineCall({
    summary: 'Stock on hand per ticket type, summed from the movements (now, or at an instant)',
    access: READERS,
    mutates: false,
    kept: true,
    input: z.object({ asOf: instantSchema.optional() }).strict(),
    output: z.array(stockLineSchema),
  }),
  receive: defineCall({
    summary: 'Tickets received from the cinema (count, optional batch and serial range)',
    access: DESK,
    mutates: true,
    input: z
      .object({
        typeId: idSchema,
        count: countSchema,
        batch: shortText.optional(),
        serialFrom: shortText.optional(),
        serialTo: shortText.optional(),
      })
      .strict(),
    output: movementSchema,
  }),
  sell: defineCall({
    summary:
      "Tickets sold at the catalogue's price (another price: a reason and a manager countersign); cash goes into the seller's custody",
    access: DESK,
    mutates: true,
    input: z
      .object({
        typeId: idSchema,
        count: countSchema,
        paymentMethod: paymentMethodSchema,
        /**
         * Defaults to the catalogue's price (004:461). Another price is a price exception: it
         * needs `priceReason` and the manager's countersign, and the day sheet lists it.
         */
        unitPriceFen: fenSchema.optional(),
        priceReason: reasonSchema.optional(),
        countersign: countersignSchema.optional(),
      })
      .strict(),
    output: movementSchema,
  }),
  voidSale: defineCall({
    summary: "Void a sale (once); a manager countersigns unless it is the seller's own sale the same day",
    access: ['receptionist', 'assistant', 'manager'],
    mutates: true,
    input: z
      .object({ saleId: idSchema, reason: reasonSchema, countersign: countersignSchema.optional() })
      .strict(),
    output: movementSchema,
  }),
  returnToCinema: defineCall({
    summary: 'Tickets returned to the cinema',
    access: DESK,
    mutates: true,
    input: z.object({ typeId: idSchema, count: countSchema, reason: reasonSchema.optional() }).strict(),
    output: movementSchema,
  }),
  adjust: defineCall({
    summary: 'Stock count adjustment to the counted figure, with a reason and a manager countersign',
    access: ['receptionist', 'assistant', 'manager'],
    mutates: true,
    countersign: { roles: ['manager'] },
    input: z
      .object({
        typeId: idSchema,
        countedOnHand: z.number().int().min(0).max(100_000),
        reason: reasonSchema,
        countersign: countersignSchema,
      })
      .strict(),
    output: movementSchema,
  }),
  movements: defineCall({
    summary: 'The movements register, newest first, with filters',
    access: READERS,
    mutates: false,
    kept: true,
    input: movementFilterSchema,
    output: z.array(movementSchema),
  }),
  exportMovements: defineCall({
    summary: 'The movements register as an .xlsx file (base64), oldest first, same filters',
    access: READERS,
    mutates: false,
    input: movementFilterSchema,
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  recordCount: defineCall({
    summary: 'Counted stock and cash (帐实相符) against the ledger; a variance needs an explanation',
    access: ['receptionist', 'assistant', 'manager'],
    mutates: true,
    input: z
      .object({
        occasion: z.enum(COUNT_OCCASIONS),
        stock: z
          .array(
            z
              .object({
                typeId: idSchema,
                counted: z.number().int().min(0).max(100_000),
                explanation: reasonSchema.optional(),
              })
              .strict(),
          )
          .max(50)
          .default([]),
        cash: z
          .object({
            holderId: idSchema,
            countedFen: z.number().int().min(0).max(100_000_000),
            /** The drawer counted includes the desk's change float. */
            desk: z.string().trim().min(1).max(20).optional(),
            explanation: reasonSchema.optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.array(countLineSchema),
  }),
  posters: defineCall({
    summary: 'The poster schedule 档期 for the staff-canteen poster',
    access: READERS,
    mutates: false,
    kept: true,
    input: z.object({}).strict(),
    output: z.array(posterSchema),
  }),
  savePoster: defineCall({
    summary: 'Add or change a showing in the poster schedule',
    access: ['receptionist', 'manager', 'admin'],
    mutates: true,
    input: z
      .object({
        id: idSchema.optional(),
        film: z.string().trim().min(1).max(60),
        showFrom: businessDateSchema,
        showTo: businessDateSchema,
        active: z.boolean().default(true),
      })
      .strict(),
    output: posterSchema,
  }),
  remind: defineCall({
    summary: 'Post the due reminders (low stock, next month’s posters, poster changes), each once',
    access: READERS,
    mutates: true,
    // Also run by the app's background jobs: a poll that finds nothing due leaves no audit row.
    background: true,
    input: z.object({}).strict(),
    output: z.object({ posted: z.number().int() }),
  }),
};
