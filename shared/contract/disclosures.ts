import { z } from 'zod';
import { defineCall } from './define';
import { businessDateSchema, countersignSchema, idSchema, instantSchema } from './common';

/**
 * A customer's number is not given out without approval (000:613): showing a masked number in
 * full needs the manager's PIN and a reason, is answered for that one view, and is recorded in
 * the disclosure register — who saw whose number, when, why, approved by whom.
 */
export const disclosureSchema = z.object({
  id: idSchema,
  at: instantSchema,
  businessDate: z.string(),
  customerId: idSchema,
  customerName: z.string(),
  /** The register itself shows the number masked: it says whose number, not the number. */
  phoneMasked: z.string(),
  viewerName: z.string(),
  reason: z.string(),
  approvedBy: z.string(),
});
export type DisclosureView = z.infer<typeof disclosureSchema>;

export const disclosures = {
  reveal: defineCall({
    summary: "Show one customer's masked number in full, with a reason and the manager's PIN (recorded)",
    access: ['receptionist', 'assistant', 'consultant', 'deputy', 'cashier'],
    mutates: true,
    countersign: { roles: ['manager'] },
    input: z
      .object({
        customerId: idSchema,
        reason: z.string().trim().min(2).max(200),
        countersign: countersignSchema,
      })
      .strict(),
    output: z.object({ customerId: idSchema, phone: z.string() }),
  }),
  register: defineCall({
    summary: 'The disclosure register: who saw whose number, when, why, approved by whom',
    access: ['manager', 'admin'],
    mutates: false,
    kept: true,
    input: z.object({ from: businessDateSchema.optional(), to: businessDateSchema.optional() }).strict(),
    output: z.array(disclosureSchema),
  }),
};
