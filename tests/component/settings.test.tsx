import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { mountDesk, signIn, type MountedDesk } from './desk';

let mounted: MountedDesk | undefined;
afterEach(async () => {
  await mounted?.desk.close();
  mounted = undefined;
});

test('the admin changes the hold expiry, the backups kept and the visit channels from the keyboard; they are saved', async () => {
  mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '设置' }));

  const expiry = await screen.findByLabelText('销控保留时长（分钟）');
  await waitFor(() => expect(expiry).toHaveValue('30'));
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
  mounted = await mountDesk();
  const { user, desk } = mounted;
  await signIn(user, '系统管理员', '900000');
  await user.click(await screen.findByRole('menuitem', { name: '设置' }));
  const expiry = await screen.findByLabelText('销控保留时长（分钟）');
  await waitFor(() => expect(expiry).toHaveValue('30'));
  await user.clear(expiry);
  await user.click(screen.getByRole('button', { name: '保存设置' }));

  expect(await screen.findByText('请填写此项')).toBeInTheDocument();
  expect((await desk.ok('settings.get')).holdExpiryMinutes).toBe(30);
});
