import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { accessHandlers } from './access';
import { exportRegister } from './export';
import { lifecycleHandlers } from './lifecycle';
import { moneyHandlers } from './money';
import { readHandlers } from './reads';

/** Unit holds 销控 (SPEC §4): requested, decided, held for a time, reserved by a deposit, signed. */
export const holdsHandlers: HandlersOf<'holds'> = {
  ...readHandlers,
  ...lifecycleHandlers,
  ...accessHandlers,
  ...moneyHandlers,
  'holds.exportRegister': (_input, ctx) => exportRegister(ctx),
};

export { depositDayFacts, type DepositDayFacts } from './dayFacts';

export const holdsService: ServiceModule<'holds'> = {
  handlers: holdsHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // A read first, so the audit log gets a row only when something is actually released.
      run: async ({ call }) => {
        const due = await call('holds.dueCount', {});
        if (due.ok && due.data.due > 0) await call('holds.expireDue', {});
      },
    },
    {
      everyMs: BACKGROUND_JOB_MS,
      // Overdue refunds: the manager is reminded once a business date, until each is paid.
      run: async ({ call }) => {
        const due = await call('holds.overdueRefunds', {});
        if (due.ok && due.data.due > 0) await call('holds.remindOverdueRefunds', {});
      },
    },
  ],
};
