import type { Messages } from './messages';

/** Customers and who owns them (`customers.*`, SPEC §2). */
export const CUSTOMER_ERRORS = {
  CUSTOMER_NOT_FOUND: {
    'zh-CN': '找不到客户 #{id}',
    en: 'No customer #{id}',
  },
  ALREADY_OWNER: {
    'zh-CN': '您已是这位客户的归属顾问',
    en: 'You already own this customer',
  },
  CUSTOMER_UNOWNED: {
    'zh-CN': '这位客户还没有归属顾问，无需争议',
    en: 'This customer has no owner yet: there is nothing to dispute',
  },
  DISPUTE_OPEN: {
    'zh-CN': '已有一项待经理裁定的归属争议',
    en: 'An ownership dispute is already waiting for the manager',
  },
  DISPUTE_NOT_FOUND: {
    'zh-CN': '找不到归属争议 #{id}',
    en: 'No ownership dispute #{id}',
  },
  DISPUTE_DECIDED: {
    'zh-CN': '这项归属争议已经裁定',
    en: 'This dispute has already been decided',
  },
  DISPUTE_OWNER_INVALID: {
    'zh-CN': '归属只能判给原归属顾问或提出争议的顾问',
    en: 'The customer goes either to the current owner or to the claimant',
  },
} as const satisfies Messages;
