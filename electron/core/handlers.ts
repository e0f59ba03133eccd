import type { AllHandlers } from './handler';
import { auditHandlers } from './services/audit';
import { authHandlers } from './services/auth';
import { backupsHandlers } from './services/backups';
import { callsHandlers } from './services/calls';
import { cashHandlers } from './services/cash';
import { customersHandlers } from './services/customers/records';
import { exportsHandlers } from './services/exports';
import { handoverHandlers } from './services/handover';
import { daycloseHandlers } from './services/dayclose';
import { holdsHandlers } from './services/holds';
import { keysHandlers } from './services/keys';
import { mailHandlers } from './services/mail';
import { notificationsHandlers } from './services/notifications';
import { ownershipHandlers } from './services/customers/ownership';
import { rotationHandlers } from './services/rotation';
import { settingsHandlers } from './services/settings';
import { ticketsHandlers } from './services/tickets';
import { unitsHandlers } from './services/units';
import { usersHandlers } from './services/users';
import { analysisHandlers } from './services/visits/analysis';
import { makeupHandlers, visitsHandlers } from './services/visits';

/** Every channel of the contract with its service handler; the type makes it complete. */
export const handlers: AllHandlers = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...notificationsHandlers,
  ...backupsHandlers,
  ...visitsHandlers,
  ...analysisHandlers,
  ...callsHandlers,
  ...rotationHandlers,
  ...makeupHandlers,
  ...customersHandlers,
  ...ownershipHandlers,
  ...unitsHandlers,
  ...holdsHandlers,
  ...ticketsHandlers,
  ...cashHandlers,
  ...keysHandlers,
  ...exportsHandlers,
  ...mailHandlers,
  ...handoverHandlers,
  ...daycloseHandlers,
};
