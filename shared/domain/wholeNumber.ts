/**
 * A count typed by a person (tickets, pieces of cash, people) read exactly as typed: a whole
 * number in range, or a reason it is not one. Nothing is rounded, clamped or guessed — `1.5` is
 * not 2, `-2` is not 1, `abc` is not the last value — so a form can say what is wrong beside the
 * field and send nothing. Full-width digits (what a Chinese input method types) are digits.
 */
export type WholeNumberProblem = 'empty' | 'notWhole' | 'tooSmall' | 'tooLarge';

export type WholeNumberReading = { ok: true; value: number } | { ok: false; problem: WholeNumberProblem };

export interface WholeNumberRange {
  min: number;
  max: number;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const FULL_WIDTH_MINUS = /[－−]/g;

export function readWholeNumber(typed: unknown, range: WholeNumberRange): WholeNumberReading {
  if (typeof typed === 'number') return inRange(Number.isInteger(typed) ? typed : Number.NaN, range);
  if (typeof typed !== 'string') return { ok: false, problem: 'empty' };
  const text = typed
    .trim()
    .replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(FULL_WIDTH_MINUS, '-');
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^-?\d+$/.test(text)) return { ok: false, problem: 'notWhole' };
  const value = Number(text);
  // Beyond 15 digits a number is no longer exactly what was typed.
  if (!Number.isSafeInteger(value)) return { ok: false, problem: value < 0 ? 'tooSmall' : 'tooLarge' };
  return inRange(value, range);
}

function inRange(value: number, range: WholeNumberRange): WholeNumberReading {
  if (Number.isNaN(value)) return { ok: false, problem: 'notWhole' };
  if (value < range.min) return { ok: false, problem: 'tooSmall' };
  if (value > range.max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}
