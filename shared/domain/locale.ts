/** The languages the desk speaks: Simplified Chinese first (the default), English beside it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
