/** What a typed count is told when it is not one (renderer/components/WholeNumberItem.tsx). */
export const numbers = {
  empty: '请填写数量',
  notWhole: '须为整数',
  tooSmall: '不能小于 {{min}}',
  tooLarge: '不能大于 {{max}}',
} as const;
