import type { Rule } from 'antd/es/form';
import { match } from 'pinyin-pro';
import { normalizePhone } from '../../../shared/domain/phone';

/**
 * A count typed by a person: the text is checked as typed, never rounded or clamped into range
 * (a party of 0 is an error beside the field, not a party of 1).
 */
export function wholeNumberRule(min: number, max: number, message: string, required = true): Rule {
  return {
    validator: (_, value: unknown) => {
      const text = value === undefined || value === null ? '' : String(value).trim();
      if (text === '') return required ? Promise.reject(new Error(message)) : Promise.resolve();
      if (!/^\d+$/.test(text)) return Promise.reject(new Error(message));
      const n = Number(text);
      return n >= min && n <= max ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
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
      typeof value !== 'string' || value.trim() === '' || normalizePhone(value) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

/** A name found by what the desk types: characters, full pinyin or initials (`sl` → 孙丽). */
export function nameMatches(name: string, typed: string): boolean {
  const query = typed.trim().toLowerCase();
  if (query === '') return true;
  if (name.toLowerCase().includes(query)) return true;
  return /^[a-z]+$/.test(query) && match(name, query) !== null;
}
