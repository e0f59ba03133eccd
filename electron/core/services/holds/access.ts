import type { HandlersOf } from '../../handler';
import { grantBoardAccess, listGrants, revokeBoardAccess } from './grants';
import { askWhetherFree, listInquiries } from './inquiries';
import { viewAccess } from './visibility';

/** Who may read the 销控, the authorisations for a period, and "is this unit free?". */
export const accessHandlers = {
  'holds.access': async (_input, ctx) => ({
    ...(await viewAccess(ctx)),
    boardVisibility: ctx.settings.boardVisibility,
  }),
  'holds.ask': (input, ctx) => askWhetherFree(ctx, input.unitId),
  'holds.inquiries': (input, ctx) => listInquiries(ctx, input),
  'holds.grants': (_input, ctx) => listGrants(ctx),
  'holds.grant': (input, ctx) => grantBoardAccess(ctx, input),
  'holds.revoke': (input, ctx) => revokeBoardAccess(ctx, input),
} satisfies Partial<HandlersOf<'holds'>>;
