import type { RuleObject } from 'antd/es/form';

/**
 * A rule on typed text, judged on the text trimmed, as the main process reads it: its schemas
 * trim before they count (`z.string().trim().min(2)`), so a `min` or `len` on the text as typed
 * would pass `' a '`, which the schema then refuses in its own English words instead of the
 * form's message beside the field. Only the check sees the trimmed text; the form's value stays
 * as typed, and the schema trims what is sent.
 */
export function trimmedText(rule: RuleObject): RuleObject {
  return { ...rule, transform: trimmed };
}

function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}
