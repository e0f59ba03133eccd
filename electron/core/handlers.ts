import type { AllHandlers } from './handler';
import { auditHandlers } from './services/audit';
import { authHandlers } from './services/auth';
import { holdsHandlers } from './services/holds';
import { backupsHandlers } from './services/backups';
import { cashHandlers } from './services/cash';
import { notificationsHandlers } from './services/notifications';
import { settingsHandlers } from './services/settings';
import { unitsHandlers } from './services/units';
import { ticketsHandlers } from './services/tickets';
import { usersHandlers } from './services/users';
import { callsHandlers } from './services/calls';
import { customersHandlers } from './services/customers';
import { ownershipHandlers } from './services/ownership';
import { rotationHandlers } from './services/rotation';
import { analysisHandlers } from './services/visitAnalysis';
import { makeupHandlers, visitsHandlers } from './services/visits';

/** Every channel of the contract with its service handler; the type makes it complete. */
export const handlers: AllHandlers = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...notificationsHandlers,
  ...unitsHandlers,
  ...holdsHandlers,
  ...backupsHandlers,
  ...ticketsHandlers,
  ...cashHandlers,
  ...visitsHandlers,
  ...analysisHandlers,
  ...callsHandlers,
  ...rotationHandlers,
  ...makeupHandlers,
  ...customersHandlers,
  ...ownershipHandlers,
};
