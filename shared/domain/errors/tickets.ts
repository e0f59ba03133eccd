import type { Messages } from './messages';

/** Consignment movie tickets: catalogue, stock, posters (`tickets.*`, SPEC §6). */
export const TICKET_ERRORS = {
  CINEMA_NOT_FOUND: {
    'zh-CN': '找不到影院 #{id}',
    en: 'No cinema #{id}',
  },
  CINEMA_NAME_TAKEN: {
    'zh-CN': '已有名为“{name}”的影院',
    en: 'A cinema named "{name}" already exists',
  },
  TICKET_TYPE_NOT_FOUND: {
    'zh-CN': '找不到票种 #{id}',
    en: 'No ticket type #{id}',
  },
  TICKET_TYPE_NAME_TAKEN: {
    'zh-CN': '已有名为“{name}”的票种',
    en: 'A ticket type named "{name}" already exists',
  },
  TICKET_TYPE_INACTIVE: {
    'zh-CN': '票种“{name}”已停用',
    en: 'The ticket type "{name}" is inactive',
  },
  TICKET_STOCK_SHORT: {
    'zh-CN': '“{name}”库存只有 {onHand} 张，不能出 {wanted} 张',
    en: 'Only {onHand} "{name}" tickets in stock: cannot take out {wanted}',
  },
  TICKET_SALE_NOT_FOUND: {
    'zh-CN': '找不到售票记录 #{id}',
    en: 'No ticket sale #{id}',
  },
  TICKET_SALE_ALREADY_VOIDED: {
    'zh-CN': '售票记录 #{id} 已经作废过了',
    en: 'Ticket sale #{id} has already been voided',
  },
  TICKET_PRICE_NEEDS_MANAGER: {
    'zh-CN': '票价以目录价 {catalogue} 为准；按 {price} 出售需经理输入 PIN',
    en: 'Tickets sell at the catalogue price {catalogue}; selling at {price} needs the manager’s PIN',
  },
  TICKET_PRICE_REASON_REQUIRED: {
    'zh-CN': '不按目录价 {catalogue} 出售，需写明原因',
    en: 'A price other than the catalogue’s {catalogue} needs a reason',
  },
  TICKET_VOID_AFTER_HANDOVER: {
    'zh-CN': '售票人已于 {at} 交班，作废这笔售票需经理输入 PIN',
    en: 'The seller handed the desk over at {at}: voiding this sale needs the manager’s PIN',
  },
  TICKET_ADJUST_NOTHING: {
    'zh-CN': '盘点数与账面数相同（{onHand} 张），无需调整',
    en: 'The count equals the ledger ({onHand}): nothing to adjust',
  },
  POSTER_DATES: {
    'zh-CN': '档期结束日期不能早于开始日期',
    en: 'A showing cannot end before it starts',
  },
  POSTER_NOT_FOUND: {
    'zh-CN': '找不到档期 #{id}',
    en: 'No poster showing #{id}',
  },
} as const satisfies Messages;
