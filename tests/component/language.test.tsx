import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

test('switching to English changes the texts, refusals included, and back', async () => {
  const mounted = await mountDesk();
  const { user } = mounted;
  const overlay = await screen.findByRole('dialog', { name: '请登录' });
  await user.click(within(overlay).getByRole('radio', { name: 'English' }));

  const english = await screen.findByRole('dialog', { name: 'Sign in' });
  expect(document.documentElement.lang).toBe('en');
  expect(within(english).getByRole('radiogroup', { name: 'Pick your name' })).toBeInTheDocument();
  expect(within(english).getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  await user.click(within(english).getByRole('radio', { name: '王芳' }));
  await user.type(within(english).getByLabelText('PIN'), '9999{Enter}');
  expect(await within(english).findByRole('alert')).toHaveTextContent('Wrong PIN or password: 4 tries left');

  await signIn(user, '系统管理员', '900000');
  const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
  expect(
    within(nav)
      .getAllByRole('menuitem')
      .map((i) => i.textContent),
  ).toEqual([
    'Home',
    'Tickets',
    'Number disclosures',
    'Units',
    'Keys',
    'Handover',
    'Day close',
    'Users',
    'Settings',
    'Audit',
    'Backups',
    'HQ sync',
  ]);
  expect(screen.getByRole('button', { name: 'Switch user' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Hello, 系统管理员' })).toBeInTheDocument();

  await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: '中文' }));
  await waitFor(() => expect(within(nav).getByRole('menuitem', { name: '首页' })).toBeInTheDocument());
  expect(document.documentElement.lang).toBe('zh-CN');
});
