import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../renderer/App';
import type { Transport } from '../../renderer/api/transport';
import { routerTransport } from './desk';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.close();
  desk = undefined;
});

test('a ledger that cannot be reached says so before antd loads, and 重试 asks again', async () => {
  desk = await testDesk({ demo: true });
  const through = routerTransport(desk);
  let reachable = false;
  const transport: Transport = (channel, input, locale) =>
    reachable
      ? through(channel, input, locale)
      : Promise.resolve({ ok: false, error: { code: 'LEDGER_BUSY', message: 'busy' } });
  render(<App transport={transport} />);

  const failure = await screen.findByRole('alert');
  expect(within(failure).getByRole('heading', { name: '无法打开台账' })).toBeInTheDocument();
  expect(failure).toHaveTextContent('台账正被另一处使用，请稍后重试');
  reachable = true;
  await userEvent.setup().click(within(failure).getByRole('button', { name: '重试' }));
  expect(await screen.findByRole('dialog', { name: '请登录' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
