import type { Labels } from './vocab/labels';

/** The roles of SPEC §1. A person may hold several. How to add a value: see ./vocab/index.ts. */
export const ROLES = [
  'receptionist',
  'assistant',
  'consultant',
  'deputy',
  'manager',
  'cashier',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = {
  receptionist: { 'zh-CN': '前台接待员', en: 'Receptionist' },
  assistant: { 'zh-CN': '客务助理', en: 'Assistant' },
  consultant: { 'zh-CN': '置业顾问', en: 'Sales consultant' },
  deputy: { 'zh-CN': '专案副理', en: 'Deputy manager' },
  manager: { 'zh-CN': '专案经理', en: 'Project manager' },
  cashier: { 'zh-CN': '财务出纳', en: 'Cashier' },
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
} as const satisfies Labels<Role>;

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((r) => held.includes(r));
}
