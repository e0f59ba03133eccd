import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { lazySetup, lazyShell } from '../../renderer/desk/DeskRoot';
import { preloadPages } from '../../renderer/pages/routes';

// rc-component's id helper answers the constant 'test-id' when NODE_ENV is 'test', so two open
// antd dialogs (the lock screen over a form dialog) would both be named by the first one's
// title. Browsers get unique ids; so do these tests. React still runs its development build.
process.env.NODE_ENV = 'development';

// findBy*/waitFor wait up to 1 s by default; on the 2-core CI machine, with antd's animations
// and the real router underneath, a correct UI sometimes takes longer. They still fail when the
// element never comes.
configure({ asyncUtilTimeout: 5_000 });

// antd reads media queries (Grid, Layout.Sider breakpoints); jsdom has no matchMedia.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: vi.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(() => false),
  })),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    writable: true,
    configurable: true,
    value: ResizeObserverStub,
  });
}

// jsdom throws "Not implemented" for pseudo-elements, which antd asks about when measuring
// scroll bars; answer with the element's own style instead.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudo?: string | null) =>
  realGetComputedStyle(element, pseudo ? undefined : pseudo);

// jsdom lays nothing out; antd's virtual lists and scroll-into-view calls need these to exist.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'zh-CN';
});

// The app loads the shell's and each page's code when first wanted (the web host's first load is
// the sign-in screen alone). Here all of it is loaded before the tests start, as the app does
// once idle, so no test spends its waiting time on the first transform of a page.
await Promise.all([lazyShell.preload(), lazySetup.preload(), preloadPages()]);
