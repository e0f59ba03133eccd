import type { Locale, Strings } from '../../shared/domain/locale';
import { daySheetVocabulary } from '../../shared/print/daysheet/i18n';
import {
  ATTENDANCE_DAY_STATE_LABELS,
  AUDIT_OUTCOME_LABELS,
  BACKUP_REASON_LABELS,
  CASH_TRANSFER_KIND_LABELS,
  BOARD_VISIBILITY_LABELS,
  CHOSEN_BY_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_DEADLINE_LABELS,
  COMPLAINT_DEPARTMENT_LABELS,
  COMPLAINT_EVENT_KIND_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_TARGET_LABELS,
  COMPLAINT_URGENCY_LABELS,
  DEADLINE_STATUS_LABELS,
  DAY_STATUS_LABELS,
  DEPOSIT_METHOD_LABELS,
  DEPOSIT_STATE_LABELS,
  DESK_CHECK_KIND_LABELS,
  HANDOVER_ACK_STATE_LABELS,
  HOLD_EVENT_KIND_LABELS,
  HOLD_STATE_LABELS,
  IMPORT_REFUSAL_LABELS,
  KEY_COPY_STATES,
  KEY_KIND_LABELS,
  KEY_MOVEMENT_KIND_LABELS,
  KEY_STATE_LABELS,
  labelsFor,
  HANDOVER_SECTION_LABELS,
  labelsIn,
  MAIL_KIND_LABELS,
  MESSAGE_VIA_LABELS,
  NOTIFICATION_RESOLUTION_LABELS,
  NOTIFICATION_SEVERITY_LABELS,
  OUTING_STATE_LABELS,
  PAYMENT_METHOD_LABELS,
  REFUND_STATE_LABELS,
  ROLE_LABELS,
  ROSTER_DUTY_LABELS,
  SECRET_KIND_LABELS,
  SYNC_STATE_LABELS,
  TICKET_MOVEMENT_KIND_LABELS,
  UNIT_STATUS_LABELS,
  SLIP_PART_LABELS,
  VISIT_OUTCOME_LABELS,
  type Labels,
} from '../../shared/domain/vocab';

/**
 * The catalogue entries that name the values of a closed set (kinds, states, roles, …), for one
 * language, at the keys the pages read them from. They are the vocabularies' labels, placed here
 * once for both languages, so neither catalogue spells them.
 */
export function vocabularyWords(locale: Locale) {
  const words = <V extends string>(labels: Labels<V>) => labelsIn(labels, locale);
  return {
    common: {
      notice: {
        severity: words(NOTIFICATION_SEVERITY_LABELS),
        resolution: words(NOTIFICATION_RESOLUTION_LABELS),
      },
      users: { kindPin: SECRET_KIND_LABELS.pin[locale], kindPassword: SECRET_KIND_LABELS.password[locale] },
      audit: { ok: AUDIT_OUTCOME_LABELS.ok[locale], refused: AUDIT_OUTCOME_LABELS.refused[locale] },
      backups: { reasons: words(BACKUP_REASON_LABELS) },
      tickets: {
        payment: words(PAYMENT_METHOD_LABELS),
        movements: { kinds: words(TICKET_MOVEMENT_KIND_LABELS) },
        cash: {
          kindToColleague: CASH_TRANSFER_KIND_LABELS.to_colleague[locale],
          kindToCashier: CASH_TRANSFER_KIND_LABELS.to_cashier[locale],
        },
      },
      visits: {
        chosenBy: words(CHOSEN_BY_LABELS),
        outcome: words(VISIT_OUTCOME_LABELS),
        slipPart: words(SLIP_PART_LABELS),
      },
      keys: {
        kinds: words(KEY_KIND_LABELS),
        states: words(KEY_STATE_LABELS),
        movements: { kinds: words(KEY_MOVEMENT_KIND_LABELS) },
      },
      sync: { states: words(SYNC_STATE_LABELS) },
    },
    roles: words(ROLE_LABELS),
    holds: {
      status: words(UNIT_STATUS_LABELS),
      state: words(HOLD_STATE_LABELS),
      kind: words(HOLD_EVENT_KIND_LABELS),
      method: words(DEPOSIT_METHOD_LABELS),
      depositState: words(DEPOSIT_STATE_LABELS),
      refundState: words(REFUND_STATE_LABELS),
      visibility: words(BOARD_VISIBILITY_LABELS),
      units: { refusal: words(IMPORT_REFUSAL_LABELS) },
    },
    daysheet: daySheetVocabulary(locale),
    handover: {
      // The state runs into a key's line ("out 张伟"), so it is lower case there (Chinese has none).
      keyState: lowerCase(labelsFor(KEY_COPY_STATES, KEY_STATE_LABELS, locale)),
      mailKind: words(MAIL_KIND_LABELS),
      section: words(HANDOVER_SECTION_LABELS),
    },
    privacy: { messages: { vias: words(MESSAGE_VIA_LABELS) } },
    dayclose: {
      review: { handoverState: words(HANDOVER_ACK_STATE_LABELS) },
      status: words(DAY_STATUS_LABELS),
    },
    complaints: {
      channel: words(COMPLAINT_CHANNEL_LABELS),
      kind: words(COMPLAINT_KIND_LABELS),
      target: words(COMPLAINT_TARGET_LABELS),
      department: words(COMPLAINT_DEPARTMENT_LABELS),
      urgency: words(COMPLAINT_URGENCY_LABELS),
      event: words(COMPLAINT_EVENT_KIND_LABELS),
      state: words(COMPLAINT_STATE_LABELS),
      deadline: words(COMPLAINT_DEADLINE_LABELS),
      status: words(DEADLINE_STATUS_LABELS),
    },
    people: {
      dayState: words(ATTENDANCE_DAY_STATE_LABELS),
      outingState: words(OUTING_STATE_LABELS),
      duty: words(ROSTER_DUTY_LABELS),
      checks: { kind: words(DESK_CHECK_KIND_LABELS) },
    },
  };
}

type VocabularyWords = ReturnType<typeof vocabularyWords>;

/** A catalogue: the strings written for a language, with the vocabulary's words placed among them. */
export function withVocabulary<T extends object>(written: T, locale: Locale): T & VocabularyWords {
  return merged(written, vocabularyWords(locale)) as T & VocabularyWords;
}

function merged(written: object, words: object): object {
  const out: Record<string, unknown> = { ...written };
  for (const [key, word] of Object.entries(words)) {
    const mine = out[key];
    if (mine === undefined) out[key] = word;
    else if (isObject(mine) && isObject(word)) out[key] = merged(mine, word);
    else throw new Error(`the catalogue writes "${key}", which the vocabulary names`);
  }
  return out;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function lowerCase<K extends string>(labels: Record<K, string>): Record<K, string> {
  const entries = Object.entries<string>(labels).map(([value, label]) => [value, label.toLowerCase()]);
  return Object.fromEntries(entries) as Record<K, string>;
}

export type { Strings };
