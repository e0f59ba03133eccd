import fs from 'node:fs';
import path from 'node:path';
import { theme } from 'antd';
import { expect, test } from 'vitest';
import { ROLE_TAG_COLOURS } from '../../renderer/components/RoleTags';
import { DESK_THEME } from '../../renderer/theme';
import { ROLES } from '../../shared/domain/vocab';

// The first screen is drawn before antd loads, so its stylesheets name the theme's colours
// themselves: these tests hold them to the tokens antd derives from the desk's theme, so that a
// change of the theme cannot leave the sign-in screen in the old colours.

const tokens = theme.getDesignToken(DESK_THEME) as unknown as Record<string, unknown>;
const read = (file: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '../../renderer', file), 'utf8');
const signinCss = read('pages/signin/signin.css');

/** The colour and background of a rule `.<name> { … }` in the sign-in stylesheet. */
function colours(name: string): { color?: string; background?: string } {
  const body = new RegExp(`\\.${name} \\{([^}]*)\\}`).exec(signinCss)?.[1] ?? '';
  return {
    color: /(?:^|\s)color: (#[0-9a-f]+);/.exec(body)?.[1],
    background: /(?:^|\s)background: (#[0-9a-f]+);/.exec(body)?.[1],
  };
}

test('the sign-in screen’s role tags are antd’s tags of the same roles: text shade 7, ground shade 1', () => {
  for (const role of ROLES) {
    const preset = ROLE_TAG_COLOURS[role];
    expect(colours(`signin-tag-${role}`), role).toEqual({
      color: tokens[`${preset}7`],
      background: tokens[`${preset}1`],
    });
  }
  expect(colours('signin-tag-locked-out')).toEqual({ color: tokens.red7, background: tokens.red1 });
});

test('every colour of the first screen’s stylesheets is one of the theme’s, but the few of its own', () => {
  const own = new Set([
    '#1f2a44', // the lock screen's opaque ground (the next person must not read the work underneath)
    '#d6e4ff', // the loading ring's track
    '#91caff', // the plain button's focus ring
  ]);
  const themeColours = new Set(
    Object.values(tokens)
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.toLowerCase()),
  );
  const used = [signinCss, read('styles.css')].flatMap((css) => css.match(/#[0-9a-f]{3,8}\b/gi) ?? []);
  expect(used.length).toBeGreaterThan(20);
  expect(used.filter((c) => !own.has(c.toLowerCase()) && !themeColours.has(c.toLowerCase()))).toEqual([]);
});
