import type { Written } from '../zh-CN';

/** What a typed count is told when it is not one (renderer/components/WholeNumberItem.tsx). */
export const numbers: Written['common']['numbers'] = {
  empty: 'Enter a number',
  notWhole: 'A whole number',
  tooSmall: 'Must be at least {{min}}',
  tooLarge: 'Must be at most {{max}}',
};
