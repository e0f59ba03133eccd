import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEMO_ADMIN, DEMO_STAFF, type DemoUser } from '../../electron/core/demo';
import { mayCall } from '../../renderer/api/access';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { ROUTES, type PageRoute } from '../../renderer/pages/routes';
import { axeFindings } from './support/axe';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();

/** The menu label of a route, read from the Chinese catalogue as the app reads it. */
function menuLabel(route: PageRoute): string {
  const [ns, key] = route.labelKey.includes(':') ? route.labelKey.split(':') : ['common', route.labelKey];
  const text = key!
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], (zhCN as Record<string, unknown>)[ns!]);
  if (typeof text !== 'string') throw new Error(`no label for ${route.labelKey}`);
  return text;
}

/** Who looks at each page: the admin or the manager where they may, else the first who may. */
const VIEWERS: DemoUser[] = [
  DEMO_ADMIN,
  ...DEMO_STAFF.filter((u) => u.roles.includes('manager')),
  ...DEMO_STAFF.filter((u) => !u.roles.includes('manager')),
];
function viewerOf(route: PageRoute): DemoUser {
  const viewer = VIEWERS.find((u) => mayCall(route.channel, u.roles));
  if (!viewer) throw new Error(`nobody in the demo office may open ${route.key}`);
  return viewer;
}

async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.getByRole('radio', { name: user.name, exact: true }).check();
  await page.getByLabel(/PIN 码|密码/).fill(user.secret);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/** Lets the page load its data and antd finish its motion before axe looks. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(700);
}

/** Every route in the registry, so a page added tomorrow is checked tomorrow. */
const PAGES = ROUTES.map((route) => ({ route, label: menuLabel(route), viewer: viewerOf(route) }));

test('axe finds no serious or critical WCAG 2 A/AA violation on the sign-in screen or any page of the registry', async () => {
  // Something on the desk so tables have rows and their buttons: a rotation and a visitor.
  await web.oneWalkIn();

  const { context, page } = await web.openPage({ viewport: { width: 1360, height: 860 } });
  await page.getByRole('dialog', { name: '请登录' }).waitFor();
  await settle(page);
  const report: Record<string, unknown> = {};
  const lesser = new Map<string, Set<string>>(); // moderate and minor rules: reported, not failed
  const check = async (name: string) => {
    const findings = await axeFindings(page, { minor: true });
    const grave = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    if (grave.length > 0) report[name] = grave;
    for (const f of findings.filter((f) => !grave.includes(f)))
      lesser.set(`${f.impact} ${f.rule}`, (lesser.get(`${f.impact} ${f.rule}`) ?? new Set()).add(name));
  };
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await check('sign-in');

  const checked: string[] = [];
  for (const viewer of VIEWERS) {
    const pages = PAGES.filter((p) => p.viewer === viewer);
    if (pages.length === 0) continue;
    await signIn(page, viewer);
    for (const { route, label } of pages) {
      await page.getByRole('menuitem', { name: label }).click();
      await settle(page);
      await check(route.key);
      checked.push(route.key);
    }
    if (viewer === DEMO_ADMIN) {
      // the shell's own dialog
      await page.keyboard.press('F1');
      await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
      await settle(page);
      await check('shortcut-help');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('dialog', { name: '请登录' }).waitFor();
  }

  // the print view of a visit slip, as the desk opens it
  await signIn(
    page,
    DEMO_STAFF.find((u) => u.name === '王芳')!,
  );
  await page.getByRole('menuitem', { name: '来访登记' }).click();
  // the walk-in form above the list comes with the settings and pushes the list down
  await expect.poll(() => page.getByLabel('电话', { exact: true }).isVisible()).toBe(true);
  await page.getByRole('button', { name: '打印 李女士 的来人条' }).click();
  await page.getByRole('dialog', { name: '打印来人条：李女士' }).waitFor();
  await settle(page);
  await check('visit-slip');

  for (const [rule, pages] of lesser) console.log(`axe (not failing): ${rule} on ${[...pages].join(', ')}`);
  expect(checked.sort()).toEqual(ROUTES.map((r) => r.key).sort());
  expect(report).toEqual({});
  await context.close();
});
