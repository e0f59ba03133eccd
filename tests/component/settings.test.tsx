import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** The admin on the settings page, once the saved hold expiry (30 minutes) is in its field. */
async function openSettings() {
  const mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '设置' }));
  const expiry = await screen.findByLabelText('销控保留时长（分钟）');
  await waitFor(() => expect(expiry).toHaveValue('30'));
  return { user, desk, expiry };
}

test('the admin changes the hold expiry, the backups kept and the visit channels from the keyboard; they are saved', async () => {
  const { user, desk, expiry } = await openSettings();
  await user.clear(expiry);
  await user.type(expiry, '45');
  const keep = screen.getByLabelText('保留备份份数');
  await user.clear(keep);
  await user.type(keep, '60');
  await user.type(screen.getByLabelText('来访渠道'), '样板间活动{Enter}');
  await user.type(keep, '{Enter}');

  expect(await screen.findByText('设置已保存')).toBeInTheDocument();
  const saved = await desk.ok('settings.get');
  expect(saved.holdExpiryMinutes).toBe(45);
  expect(saved.backupKeep).toBe(60);
  expect(saved.visitChannels).toEqual([
    '路过',
    '朋友介绍',
    '老带新',
    '网络/新媒体',
    '户外广告',
    '电话邀约',
    '其他',
    '样板间活动',
  ]);
});

test('an empty hold expiry is refused on the form and nothing is saved', async () => {
  const { user, desk, expiry } = await openSettings();
  await user.clear(expiry);
  await user.click(screen.getByRole('button', { name: '保存设置' }));

  expect(await screen.findByText('请填写此项')).toBeInTheDocument();
  expect((await desk.ok('settings.get')).holdExpiryMinutes).toBe(30);
});

test('the handover count is blind by default, as the rulebook’s careful check; the admin may show the expected figures', async () => {
  const { user, desk } = await openSettings();
  const blind = screen.getByRole('radio', { name: /^盲点/ });
  expect(blind).toBeChecked();
  expect(screen.getByText(/000:617-621/)).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: '清点时显示账面数' }));
  await user.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText('设置已保存')).toBeInTheDocument();
  expect((await desk.ok('settings.get')).handoverCountBlind).toBe(false);
});

test('the close’s counts are blind by default, with the rulebook’s line; the admin may turn it off', async () => {
  const { user, desk } = await openSettings();
  const blind = screen.getByRole('switch', { name: '日结盲点' });
  expect(blind).toBeChecked();
  expect(screen.getByText(/000:595-597/)).toBeInTheDocument();
  await user.click(blind);
  await user.click(screen.getByRole('button', { name: '保存设置' }));
  expect(await screen.findByText('设置已保存')).toBeInTheDocument();
  expect((await desk.ok('settings.get')).blindCounts).toBe(false);
});
