import { DAY_SHEET_PRINT_TEXT } from '../../../shared/print/daysheet/i18n';
import type { Written } from '../zh-CN';

/**
 * The day's reconciliation sheet 日结对账单 and the weekly analysis export (SPEC §8). The printed
 * sheet's words live beside it in shared/print, where the CLI's PDF reads them too.
 */
export const daysheet: Written['daysheet'] = {
  nav: 'Day sheet',
  page: {
    title: 'Day sheet and exports',
    date: 'Business date',
    xlsx: 'Download the sheet (.xlsx)',
    print: 'Print / save as PDF',
    week: "Download this week's visitor/call analysis (.xlsx)",
    hint: "The sheet gathers the chosen business date from every ledger; customers' phones are masked.",
    loading: 'Preparing…',
  },
  ...DAY_SHEET_PRINT_TEXT.en,
};
