import { lockFocus } from '@rc-component/util';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useInitialFocus } from '../../renderer/hooks/useInitialFocus';

// antd's dialogs trap the caret with this very function: whoever locked last holds it, and any
// focus elsewhere is pulled back at once. A dialog registers its trap a render after it opens,
// so a form opening over another dialog can try to take the caret while the one underneath
// still holds it (the lock screen over a half-filled form did, on a loaded machine).

// The trap only moves the caret to what is on the screen, which it tells by the element's layout
// box; jsdom lays nothing out, so every element here gets one, as in a browser.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected ? document.body : null;
    },
  });
});
afterAll(() => {
  delete (HTMLElement.prototype as { offsetParent?: unknown }).offsetParent;
});

const releases: (() => void)[] = [];
afterEach(() => {
  releases.splice(0).forEach((release) => release());
});

function Underneath() {
  return (
    <section data-testid="underneath">
      <label>
        姓名
        <input />
      </label>
    </section>
  );
}

let pinFocused = 0;

function Opening() {
  const root = useRef<HTMLFormElement>(null);
  useInitialFocus(root, (form) => form.querySelector<HTMLInputElement>('input[name="pin"]'));
  return (
    <section data-testid="over" role="dialog" aria-label="屏幕已锁定">
      <button type="button">English</button>
      <form ref={root}>
        <label>
          PIN 码
          <input name="pin" onFocus={() => (pinFocused += 1)} />
        </label>
      </form>
    </section>
  );
}

test('a form opening while the dialog underneath still holds the caret takes it once that lets go', async () => {
  pinFocused = 0;
  const { rerender } = render(<Underneath />);
  screen.getByLabelText('姓名').focus();
  releases.push(lockFocus(screen.getByTestId('underneath'), 'underneath'));

  rerender(
    <>
      <Underneath />
      <Opening />
    </>,
  );
  // Its first try is refused: the trap underneath pulls the caret straight back.
  await waitFor(() => expect(pinFocused).toBeGreaterThan(0));
  expect(screen.getByLabelText('姓名')).toHaveFocus();

  // The dialog over it registers its own trap, which puts the caret on its first control.
  act(() => {
    releases.push(lockFocus(screen.getByTestId('over'), 'over'));
  });
  await waitFor(() => expect(screen.getByLabelText('PIN 码')).toHaveFocus());
});

test('once the caret has landed, moving it elsewhere is the person’s choice', async () => {
  const user = userEvent.setup();
  render(<Opening />);
  await waitFor(() => expect(screen.getByLabelText('PIN 码')).toHaveFocus());
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
  await user.click(screen.getByLabelText('PIN 码'));
  await user.tab({ shift: true });
  expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
});

let visitorFocused = 0;

function PageForm() {
  const root = useRef<HTMLFormElement>(null);
  useInitialFocus(root);
  return (
    <form ref={root}>
      <label>
        来访人
        <input onFocus={() => (visitorFocused += 1)} />
      </label>
    </form>
  );
}

test('a page form refused while the page is covered does not take the caret later from another field', async () => {
  const user = userEvent.setup();
  // The signed-in pages mount under the sign-in screen, whose trap holds the caret: their first
  // try is refused.
  const { rerender } = render(
    <section data-testid="overlay" role="dialog" aria-label="请登录">
      <label>
        PIN 码
        <input />
      </label>
    </section>,
  );
  screen.getByLabelText('PIN 码').focus();
  const release = lockFocus(screen.getByTestId('overlay'), 'overlay');
  releases.push(release);
  pinFocused = 0;
  rerender(
    <>
      <section data-testid="overlay" role="dialog" aria-label="请登录">
        <label>
          PIN 码
          <input name="pin" onFocus={() => (pinFocused += 1)} />
        </label>
      </section>
      <PageForm />
      <label>
        张数
        <input />
      </label>
    </>,
  );
  await waitFor(() => expect(visitorFocused).toBeGreaterThan(0));
  expect(screen.getByLabelText('PIN 码')).toHaveFocus();
  // Signed in: the overlay and its trap are gone.
  release();
  rerender(
    <>
      {null}
      <PageForm />
      <label>
        张数
        <input />
      </label>
    </>,
  );

  // Later the person works in another field; the caret stays where they put it.
  await user.click(screen.getByLabelText('张数'));
  await user.keyboard('2');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(screen.getByLabelText('张数')).toHaveFocus();
  expect(screen.getByLabelText('张数')).toHaveValue('2');
});
