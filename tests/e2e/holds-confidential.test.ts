import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mainNav as nav, signInAndWait as signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

/** Hands the shared PC to the next person: Ctrl+L locks, they sign in. */
async function switchTo(page: Page, name: string, pin: string): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(true);
  await signIn(page, name, pin);
}

describe('销控 is confidential, in Chromium at 1366×768', () => {
  test('a consultant learns only free / not free of another’s unit; the manager sees the question asked', async () => {
    // 孙丽's customer holds 1栋-1单元-102, pending.
    await web.signInOverRpc('孙丽', '5566');
    const { units } = await data('units.directory', {});
    const unit = units.find((u) => u.label === '1栋-1单元-102')!;
    await data('holds.request', { unitId: unit.id, customerName: '赵女士', customerPhone: '13987654321' });
    await web.rpc('auth.signOut');

    const { context, page } = await web.openPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, '张伟', '5555');
      await nav(page).getByText('销控表', { exact: true }).click();
      await expect.poll(() => page.getByRole('combobox', { name: '房源' }).isVisible()).toBe(true);
      expect(await page.getByRole('tab', { name: '销控表' }).count()).toBe(0);
      await page.getByRole('combobox', { name: '房源' }).click();
      await page.keyboard.type('102');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '1栋-1单元-102' })
        .first()
        .click();
      await page.getByRole('button', { name: '询问', exact: true }).click();
      const answer = page.getByRole('status').filter({ hasText: '1栋-1单元-102：不可售' });
      await expect.poll(() => answer.isVisible()).toBe(true);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/赵女士|孙丽|13987654321|¥/);

      await switchTo(page, '李经理', '1111');
      await nav(page).getByText('销控表', { exact: true }).click();
      await page.getByRole('tab', { name: '询问记录' }).click();
      const row = page.getByRole('row').filter({ hasText: '1栋-1单元-102' });
      await expect.poll(() => row.first().textContent()).toMatch(/张伟.*1栋-1单元-102.*不可售/);
    } finally {
      await context.close();
    }
  });
});
