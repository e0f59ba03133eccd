import type { Namespace } from '../../shared/contract';
import type { AllHandlers, ServiceModule } from './handler';
import type { Job } from './jobs';
import { auditService } from './services/audit';
import { authService } from './services/auth';
import { backupsService } from './services/backups';
import { callsService } from './services/calls';
import { cashService } from './services/cash';
import { complaintsService } from './services/complaints';
import { customersService } from './services/customers';
import { daycloseService } from './services/dayclose';
import { exportsService } from './services/exports';
import { handoverService } from './services/handover';
import { holdsService } from './services/holds';
import { keysService } from './services/keys';
import { mailService } from './services/mail';
import { notificationsService } from './services/notifications';
import { rotationService } from './services/rotation';
import { settingsService } from './services/settings';
import { syncService } from './services/sync';
import { ticketsService } from './services/tickets';
import { unitsService } from './services/units';
import { usersService } from './services/users';
import { visitsService } from './services/visits';

/**
 * Every namespace's service, each declared once in its `services/<ns>/index.ts`. The type makes
 * the record complete: a namespace of the contract without its service does not compile. Jobs of
 * one interval run one after another in this order.
 */
const services: { [NS in Namespace]: ServiceModule<NS> } = {
  auth: authService,
  users: usersService,
  settings: settingsService,
  audit: auditService,
  notifications: notificationsService,
  backups: backupsService,
  visits: visitsService,
  calls: callsService,
  rotation: rotationService,
  customers: customersService,
  units: unitsService,
  holds: holdsService,
  keys: keysService,
  tickets: ticketsService,
  cash: cashService,
  exports: exportsService,
  mail: mailService,
  handover: handoverService,
  dayclose: daycloseService,
  complaints: complaintsService,
  sync: syncService,
};

/** Every channel of the contract with its service's handler. */
export const handlers = Object.assign({}, ...Object.values(services).map((s) => s.handlers)) as AllHandlers;

/** The app's own background work, as the services declare it (desk.ts runs it). */
export const jobs: readonly Job[] = Object.values(services).flatMap((s) => s.jobs ?? []);
