import type { ThemeConfig } from 'antd';

/**
 * antd's default palette is a shade too light for WCAG AA (4.5:1 for text): white on its
 * primary blue #1677ff is 4.0:1, its secondary text (45% black) 2.8:1, its tag texts about 3:1.
 * The desk uses the next darker shade of each; axe checks every page against this in
 * tests/e2e/accessibility.test.ts.
 */
export const DESK_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9', // blue-7: 6.2:1 under white text
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322', // red-7: 5.6:1 on white
    colorSuccess: '#389e0d',
    colorWarning: '#ad6800',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)', // secondary and description text: 5.9:1
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)', // 4.9:1: a placeholder is read, not decoration
    // Preset tag colours: antd prints a tag's text in shade 7 of the palette grown from these
    // seeds; seeding with shade 8 keeps the text dark enough on the tag's pale background.
    blue: '#003eb3',
    green: '#237804',
    red: '#a8071a',
    orange: '#ad4e00',
    gold: '#ad6800',
    purple: '#391085',
    cyan: '#006d75',
    magenta: '#9e1068',
    volcano: '#ad2102',
    geekblue: '#10239e',
    lime: '#3f6600',
    yellow: '#ad8b00',
  },
  components: {
    // "No data" in tables is printed in the disabled grey (1.8:1); it is a message. (The List's
    // empty text does not take the component token: styles.css sets it.)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
  },
};
