import fs from 'node:fs';
import path from 'node:path';
import type { Route } from 'playwright-core';
import { expect, test } from 'vitest';
import { RENDERER_DIST } from '../../electron/hosts/repoPaths';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();

/** The files the built index.html loads itself (the first load), by name. */
function firstLoadFiles(): Set<string> {
  const html = fs.readFileSync(path.join(RENDERER_DIST, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!));
}

test('the first load carries neither antd’s code nor its stylesheet', () => {
  const files = [...firstLoadFiles()];
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  for (const file of files) {
    const text = fs.readFileSync(path.join(RENDERER_DIST, 'assets', file), 'utf8');
    // every antd component reads its class prefix as `prefixCls`; its stylesheet is `.ant-*` rules
    expect(text, file).not.toContain('prefixCls');
    expect(text, file).not.toMatch(/\.ant-[a-z]/);
  }
});

test('the sign-in screen works with the first load alone; the desk follows once the rest arrives', async () => {
  const first = firstLoadFiles();
  const held: Route[] = [];
  let holding = true;
  const { context, page } = await web.openDesk({
    beforeLoad: (page) =>
      page.route('**/assets/**', (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop()!;
        if (!holding || first.has(file)) return route.continue();
        held.push(route);
      }),
  });
  try {
    const dialog = page.getByRole('dialog', { name: '请登录' });
    await dialog.waitFor();
    // the names, the caret in the form, and not one of antd's rules in the page
    await page.getByRole('radio', { name: '王芳', exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    const antdRules = await page.evaluate(() =>
      [...document.styleSheets].reduce(
        (n, sheet) =>
          n +
          [...sheet.cssRules].filter((r) => r instanceof CSSStyleRule && r.selectorText.includes('.ant-'))
            .length,
        0,
      ),
    );
    expect(antdRules).toBe(0);

    // A missing name and PIN are told where they are missing, before anything is sent.
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('alert').allTextContents())
      .toEqual(['请先选择您的名字', '请填写此项']);

    await signIn(page, '王芳', '3333');
    // signed in while the shell's code is still held: the screen goes, the loading screen says why
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('正在打开台账…');
    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await expect.poll(() => page.getByTitle('当前用户：王芳').isVisible()).toBe(true);
  } finally {
    await context.close();
  }
});
