import type { Messages } from './messages';

/** Showing a customer's masked number in full (`disclosures.*`, 000:613). */
export const DISCLOSURE_ERRORS = {
  DISCLOSURE_NO_PHONE: {
    'zh-CN': '这位客户没有登记电话（或已匿名化），无号码可查看',
    en: 'This customer has no phone number on record (or was anonymised)',
  },
} as const satisfies Messages;
