import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();

test('the visit slip prints on one A4 page with nothing of the app around it', async () => {
  await web.oneWalkIn({
    intentLayout: '三房两厅',
    intentAreaSqm: 110,
    intentBudgetFen: 300 * 1_000_000,
  });

  const { context, page } = await web.openPage({
    viewport: { width: 1280, height: 900 },
    // Counts print() instead of opening the browser's dialog.
    beforeLoad: (page) =>
      page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      }),
  });
  await signIn(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '来访登记' }).click();
  // the walk-in form above the list comes with the settings and pushes the list down
  await expect.poll(() => page.getByLabel('电话', { exact: true }).isVisible()).toBe(true);
  await page.getByRole('button', { name: '打印 李女士 的来人条' }).click();
  const dialog = page.getByRole('dialog', { name: '打印来人条：李女士' });
  const slip = dialog.getByRole('article', { name: '魅力晶都 来人条' });
  await expect.poll(() => slip.isVisible()).toBe(true);
  expect(await slip.innerText()).toContain('138****5678');
  expect(await slip.innerText()).not.toContain('13812345678');
  await page.keyboard.press('Enter'); // the focus starts on Print
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#root').isVisible()).toBe(false);
  expect(await dialog.getByRole('button', { name: /^打\s?印$/ }).isVisible()).toBe(false);
  expect(await slip.isVisible()).toBe(true);
  await screenshot(page, 'visit-slip');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  // A4 is 595 × 842 points
  expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
  await context.close();
});
