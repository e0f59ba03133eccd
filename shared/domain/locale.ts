/** The languages the desk speaks: Simplified Chinese first (the default), English beside it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every leaf a string: the shape one text takes in every language. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
