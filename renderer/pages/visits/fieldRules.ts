import type { Rule } from 'antd/es/form';
import { match } from 'pinyin-pro';
import { normalizePhone } from '../../../shared/domain/phone';

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

/** Whether wholeNumberRule passes `value`. */
export function wholeNumberAccepted(value: unknown, min: number, max: number, required = true): boolean {
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (text === '') return !required;
  if (!/^\d+$/.test(text)) return false;
  const n = Number(text);
  return n >= min && n <= max;
}

/** The typed count, once wholeNumberRule has accepted it. */
export function wholeNumber(text: string | number | undefined): number | undefined {
  const trimmed = text === undefined ? '' : String(text).trim();
  return trimmed === '' ? undefined : Number(trimmed);
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
