import type { Locale } from '../../../domain/locale';
import {
  CASH_TRANSFER_KIND_SHEET_LABELS,
  CHOSEN_BY_LABELS,
  DEPOSIT_METHOD_LABELS,
  DEPOSIT_STATE_LABELS,
  HOLD_EVENT_KIND_LABELS,
  KEY_MOVEMENT_KIND_LABELS,
  labelsFor,
  labelsIn,
  ROLE_LABELS,
  SIGNING_ROLES,
  VISIT_OUTCOME_LABELS,
  type Labels,
} from '../../../domain/vocab';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * The words the printed sheet writes itself, per language. The app's `daysheet` namespace
 * includes them beside the page's own words; a host without the app renders with them alone.
 */
export const DAY_SHEET_PRINT_TEXT = { 'zh-CN': zhCN, en } as const;

/** The vocabularies' labels the printed sheet names kinds and signing roles with. */
export function daySheetVocabulary(locale: Locale) {
  const words = <V extends string>(labels: Labels<V>) => labelsIn(labels, locale);
  return {
    kinds: {
      outcome: words(VISIT_OUTCOME_LABELS),
      chosenBy: words(CHOSEN_BY_LABELS),
      hold: words(HOLD_EVENT_KIND_LABELS),
      key: words(KEY_MOVEMENT_KIND_LABELS),
      transfer: words(CASH_TRANSFER_KIND_SHEET_LABELS),
      method: words(DEPOSIT_METHOD_LABELS),
      depositState: words(DEPOSIT_STATE_LABELS),
    },
    signatures: labelsFor(SIGNING_ROLES, ROLE_LABELS, locale),
  };
}

/** The `daysheet` namespace the printed sheet reads, in one language: its text and its labels. */
export function daySheetPrintCatalogue(locale: Locale) {
  const text = DAY_SHEET_PRINT_TEXT[locale];
  const vocabulary = daySheetVocabulary(locale);
  return {
    ...text,
    kinds: vocabulary.kinds,
    signatures: { ...text.signatures, ...vocabulary.signatures },
  };
}
