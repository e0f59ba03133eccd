import type { Locale } from '../locale';

/** A refusal's message in every language; `{name}` placeholders are filled from its params. */
export type Messages = Record<string, Readonly<Record<Locale, string>>>;
