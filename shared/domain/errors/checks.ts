import type { Messages } from './messages';

/** Opening and closing checks 开/闭店检查 (`checks.*`, 004:211-223; 000:625, 727, 735). */
export const CHECK_ERRORS = {
  CHECK_ITEMS_MISMATCH: {
    'zh-CN': '检查项与设置中的清单不一致（{items}），请刷新后重新检查',
    en: 'The items do not match the checklist in the settings ({items}): reload and check again',
  },
  CHECK_NOTE_REQUIRED: {
    'zh-CN': '“{item}”没有勾选，须写明原因',
    en: '"{item}" is not ticked: say why',
  },
  CHECK_SIGNER_ROLE: {
    'zh-CN': '{name} 不能签{kind}（需要：{roles}）',
    en: '{name} may not sign the {kind} (needs: {roles})',
  },
  CHECK_ALREADY_SIGNED: {
    'zh-CN': '{date} 的{kind}已由 {name} 于 {at} 签过；重新检查须写明原因',
    en: 'The {kind} of {date} was signed by {name} at {at}; checking again needs a reason',
  },
  CHECK_DATE_FUTURE: {
    'zh-CN': '{date} 还没有到，不能检查',
    en: '{date} has not come yet',
  },
  CHECK_EMPTY_LIST: {
    'zh-CN': '设置中的{kind}清单是空的，没有可检查的项目',
    en: 'The {kind} checklist in the settings is empty: nothing to check',
  },
  CLOSING_CHECK_MISSING: {
    'zh-CN': '{date} 还没有做闭店检查（门窗、电源、物品收柜），请先完成再日结',
    en: 'The closing check of {date} (doors, power, items locked away) is not done: do it before the close',
  },
} as const satisfies Messages;
