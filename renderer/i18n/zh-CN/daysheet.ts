import { DAY_SHEET_PRINT_TEXT } from '../../../shared/print/daysheet/i18n';

/**
 * The day's reconciliation sheet 日结对账单 and the weekly analysis export (SPEC §8). The printed
 * sheet's words live beside it in shared/print, where the CLI's PDF reads them too.
 */
export const daysheet = {
  nav: '日结对账单',
  page: {
    title: '日结对账单与导出',
    date: '营业日',
    xlsx: '下载对账单 .xlsx',
    print: '打印 / 存为 PDF',
    week: '下载本周来人来电分析 .xlsx',
    hint: '对账单按所选营业日从各台账汇总；客户电话一律隐去中间四位。',
    loading: '正在生成…',
  },
  ...DAY_SHEET_PRINT_TEXT['zh-CN'],
} as const;
