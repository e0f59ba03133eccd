import type { AllHandlers } from './handler';
import { auditHandlers } from './services/audit';
import { authHandlers } from './services/auth';
import { keysHandlers } from './services/keys';
import { notificationsHandlers } from './services/notifications';
import { settingsHandlers } from './services/settings';
import { usersHandlers } from './services/users';

/** Every channel of the contract with its service handler; the type makes it complete. */
export const handlers: AllHandlers = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...notificationsHandlers,
  ...keysHandlers,
};
