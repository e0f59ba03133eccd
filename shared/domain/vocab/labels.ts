import type { Locale } from '../locale';

/** What one value of a vocabulary is called, in every language the desk speaks. */
export type Label = Readonly<Record<Locale, string>>;

/**
 * The labels of a whole vocabulary. Declared `satisfies Labels<V>`, an object literal must name
 * every value of V and nothing else, so a value added to a tuple without its label fails to compile.
 */
export type Labels<V extends string> = Readonly<Record<V, Label>>;

/** The labels in one language, keyed by value: a catalogue section, or the words of a sheet. */
export function labelsIn<V extends string>(labels: Labels<V>, locale: Locale): Record<V, string> {
  const entries = Object.entries<Label>(labels).map(([value, label]) => [value, label[locale]]);
  return Object.fromEntries(entries) as Record<V, string>;
}

/** The labels of some values only (a subset of a vocabulary), in one language. */
export function labelsFor<V extends string>(
  values: readonly V[],
  labels: Labels<V>,
  locale: Locale,
): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, labels[value][locale]])) as Record<V, string>;
}
