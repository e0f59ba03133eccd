import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { signCheck } from './sign';
import { checksOf, inForce, isChecked } from './state';

/**
 * Opening and closing checks 开/闭店检查. The day close asks `requireClosingCheck` (the closing
 * check is a step of the close); the day sheet reads `checksOf` from ./state.
 */
export { checksOf, inForce } from './state';

/** The close of a date needs its closing check signed, unless the office keeps no closing checklist. */
export async function requireClosingCheck(ctx: ReadCallContext, date: string): Promise<void> {
  if (ctx.settings.closingChecklist.length === 0) return;
  if (!(await isChecked(ctx.db, 'closing', date))) throw new AppError('CLOSING_CHECK_MISSING', { date });
}

export const checksHandlers: HandlersOf<'checks'> = {
  'checks.day': async (input, ctx) => {
    const date = input.date ?? ctx.businessDate;
    const history = await checksOf(ctx, date);
    return {
      date,
      opening: inForce(history, 'opening'),
      closing: inForce(history, 'closing'),
      history,
      openingList: ctx.settings.openingChecklist,
      closingList: ctx.settings.closingChecklist,
    };
  },
  'checks.sign': (input, ctx) => signCheck(ctx, input),
};

export const checksService: ServiceModule<'checks'> = {
  handlers: checksHandlers,
};
