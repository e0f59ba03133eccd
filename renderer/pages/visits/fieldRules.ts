import type { Rule } from 'antd/es/form';
import { match } from 'pinyin-pro';
import { normalizePhone } from '../../../shared/domain/phone';
import { readWholeNumber } from '../../../shared/domain/wholeNumber';

/**
 * A count typed by a person: the text is checked as typed, never rounded or clamped into range
 * (a party of 0 is an error beside the field, not a party of 1).
 */
export function wholeNumberRule(min: number, max: number, message: string, required = true): Rule {
  return {
    validator: (_, value: unknown) =>
      wholeNumberAccepted(value, min, max, required) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

/**
 * Whether wholeNumberRule passes `value`: read as the desk's other counts are (readWholeNumber),
 * so full-width digits, which a Chinese input method types, are digits here too.
 */
export function wholeNumberAccepted(value: unknown, min: number, max: number, required = true): boolean {
  if (isEmpty(value)) return !required;
  return readWholeNumber(value, { min, max }).ok;
}

/** The typed count, once wholeNumberRule has accepted it; undefined when left empty. */
export function wholeNumber(value: string | number | undefined): number | undefined {
  if (isEmpty(value)) return undefined;
  const reading = readWholeNumber(value, ANY_WHOLE_NUMBER);
  if (!reading.ok) throw new Error('a count read before its rule accepted it');
  return reading.value;
}

const ANY_WHOLE_NUMBER = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || String(value).trim() === '';
}

/** A phone number is optional, but one typed must be a mainland number (flagged before submitting). */
export function phoneRule(message: string): Rule {
  return {
    validator: (_, value: unknown) =>
      phoneAccepted(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

/** Whether phoneRule passes `value`. */
export function phoneAccepted(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '' || normalizePhone(value) !== null;
}

/** A name found by what the desk types: characters, full pinyin or initials (`sl` → 孙丽). */
export function nameMatches(name: string, typed: string): boolean {
  const query = typed.trim().toLowerCase();
  if (query === '') return true;
  if (name.toLowerCase().includes(query)) return true;
  return /^[a-z]+$/.test(query) && match(name, query) !== null;
}
