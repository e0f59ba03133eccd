import type { Locale } from '../locale';
import { ROLE_LABELS, ROLES, type Role } from '../vocab/office';
import { AUDIT_ERRORS } from './audit';
import { AUTH_ERRORS } from './auth';
import { CALL_ERRORS } from './calls';
import { CASH_ERRORS } from './cash';
import { COMMON_ERRORS } from './common';
import { COMPLAINT_ERRORS } from './complaints';
import { CUSTOMER_ERRORS } from './customers';
import { DAYCLOSE_ERRORS } from './dayclose';
import { EXPORT_ERRORS } from './exports';
import { HANDOVER_ERRORS } from './handover';
import { HOLD_ERRORS } from './holds';
import { KEY_ERRORS } from './keys';
import { LEDGER_ERRORS } from './ledger';
import { MAIL_ERRORS } from './mail';
import { MESSAGE_ERRORS } from './leftMessages';
import { DISCLOSURE_ERRORS } from './disclosures';
import type { Messages } from './messages';
import { ROTATION_ERRORS } from './rotation';
import { ROUTER_ERRORS } from './router';
import { SYNC_ERRORS } from './sync';
import { TICKET_ERRORS } from './tickets';
import { UNIT_ERRORS } from './units';
import { USER_ERRORS } from './users';
import { VISIT_ERRORS } from './visits';
import { ATTENDANCE_ERRORS } from './attendance';
import { OUTING_ERRORS } from './outings';
import { ROSTER_ERRORS } from './roster';
import { CHECK_ERRORS } from './checks';

export { LOCALES, type Locale } from '../locale';

/**
 * Every refusal the app can answer, one file per namespace, each with its message in both
 * languages. The renderer's i18n catalogues load these same texts (namespace `errors`), so a
 * message is written once. A code lives in exactly one namespace (tests/unit/errors.test.ts).
 */
export const ERRORS_BY_NAMESPACE = {
  router: ROUTER_ERRORS,
  common: COMMON_ERRORS,
  auth: AUTH_ERRORS,
  users: USER_ERRORS,
  ledger: LEDGER_ERRORS,
  audit: AUDIT_ERRORS,
  tickets: TICKET_ERRORS,
  cash: CASH_ERRORS,
  units: UNIT_ERRORS,
  holds: HOLD_ERRORS,
  keys: KEY_ERRORS,
  visits: VISIT_ERRORS,
  rotation: ROTATION_ERRORS,
  customers: CUSTOMER_ERRORS,
  calls: CALL_ERRORS,
  exports: EXPORT_ERRORS,
  dayclose: DAYCLOSE_ERRORS,
  handover: HANDOVER_ERRORS,
  mail: MAIL_ERRORS,
  complaints: COMPLAINT_ERRORS,
  sync: SYNC_ERRORS,
  attendance: ATTENDANCE_ERRORS,
  outings: OUTING_ERRORS,
  roster: ROSTER_ERRORS,
  checks: CHECK_ERRORS,
  messages: MESSAGE_ERRORS,
  disclosures: DISCLOSURE_ERRORS,
} as const satisfies Record<string, Messages>;

export const ERROR_MESSAGES = {
  ...ROUTER_ERRORS,
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...USER_ERRORS,
  ...LEDGER_ERRORS,
  ...AUDIT_ERRORS,
  ...TICKET_ERRORS,
  ...CASH_ERRORS,
  ...UNIT_ERRORS,
  ...HOLD_ERRORS,
  ...KEY_ERRORS,
  ...VISIT_ERRORS,
  ...ROTATION_ERRORS,
  ...CUSTOMER_ERRORS,
  ...CALL_ERRORS,
  ...EXPORT_ERRORS,
  ...DAYCLOSE_ERRORS,
  ...HANDOVER_ERRORS,
  ...MAIL_ERRORS,
  ...COMPLAINT_ERRORS,
  ...SYNC_ERRORS,
  ...ATTENDANCE_ERRORS,
  ...OUTING_ERRORS,
  ...ROSTER_ERRORS,
  ...CHECK_ERRORS,
  ...MESSAGE_ERRORS,
  ...DISCLOSURE_ERRORS,
} as const satisfies Messages;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type ErrorParams = Record<string, string | number>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export function formatMessage(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * A refusal's `roles` param carries role codes (`manager, deputy`), so a program reading the
 * answer can tell them apart; its message names them in the message's language (第二人（专案经理）).
 */
export function localParams(params: ErrorParams | undefined, locale: Locale): ErrorParams | undefined {
  if (typeof params?.roles !== 'string') return params;
  const names = params.roles
    .split(/,\s*/)
    .map((r) => ((ROLES as readonly string[]).includes(r) ? ROLE_LABELS[r as Role][locale] : r));
  return { ...params, roles: names.join(locale === 'zh-CN' ? '、' : ', ') };
}

export function errorMessage(code: ErrorCode, params?: ErrorParams, locale: Locale = 'zh-CN') {
  return formatMessage(ERROR_MESSAGES[code][locale], localParams(params, locale));
}

/**
 * A refusal a user can cause. `keepWrites` marks the rare refusal whose record must survive the
 * rollback of the call (a wrong PIN is counted even though the sign-in fails).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly options: { keepWrites?: boolean } = {},
  ) {
    super(errorMessage(code, params, 'en'));
    this.name = 'AppError';
  }

  body(locale: Locale = 'zh-CN'): ErrorBody {
    const body: ErrorBody = { code: this.code, message: errorMessage(this.code, this.params, locale) };
    if (Object.keys(this.params).length > 0) body.params = this.params;
    return body;
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, value);
}
