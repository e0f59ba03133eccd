import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { signIn, useMountDesk } from './desk';

const mountDesk = useMountDesk();

/** Several antd forms typed through in jsdom; the shared CI machine is slow. */
const SLOW_UNDER_LOAD = 90_000;

test(
  'the outgoing person writes the handover, the incoming one checks and signs with her PIN in the same form',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '王芳', '3333');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));

    const incoming = await screen.findByRole('combobox', { name: '接班人' });
    await waitFor(() => expect(incoming).toHaveFocus());
    await user.click(incoming);
    await user.click(await screen.findByTitle('陈静'));
    await user.type(screen.getByLabelText('新增未完成工作（每行一项）'), '给 3 栋业主回电话');
    await user.click(screen.getByRole('button', { name: '保存交接，请接班人核对' }));

    await screen.findByRole('heading', { name: /接班核对：王芳 → 陈静/ });
    expect(await screen.findByText('给 3 栋业主回电话')).toBeInTheDocument();
    // the outgoing person may still change her draft before it is signed
    await user.click(screen.getByRole('button', { name: '修改交接' }));
    await user.type(await screen.findByLabelText('其他交接事项'), '雨伞借出 1 把');
    await user.click(screen.getByRole('button', { name: '保存修改' }));
    await screen.findByRole('heading', { name: /接班核对：王芳 → 陈静/ });
    expect(await screen.findByText(/雨伞借出 1 把/)).toBeInTheDocument();
    // a blind count: nothing is filled in, and no PIN is asked before the differences are seen
    const umbrellas = screen.getByLabelText('雨伞 清点数');
    expect(umbrellas).toHaveValue('');
    expect(screen.queryByLabelText('陈静 的 PIN')).toBeNull();
    await user.click(screen.getByRole('button', { name: '核对差异' }));
    expect((await screen.findAllByText('请填写清点数')).length).toBeGreaterThan(0);
    expect(await desk.ok('handover.log', {})).toMatchObject([{ acknowledgedAt: null }]);

    const { handoverItems } = await desk.ok('settings.get');
    for (const item of handoverItems)
      await user.type(screen.getByLabelText(`${item.name} 清点数`), String(item.count));
    for (const tickets of screen.queryAllByLabelText(/ 清点张数$/)) await user.type(tickets, '0');
    await user.type(screen.getByLabelText('清点票款（元）'), '0');
    // the front-desk key is seen; every other copy is marked missing
    for (const group of screen.getAllByRole('radiogroup', { name: /把 核对$/ })) {
      const seen = /^QT 前台柜钥匙/.test(group.getAttribute('aria-label') ?? '');
      await user.click(within(group).getByRole('radio', { name: seen ? '相符' : '缺失' }));
    }
    await user.click(screen.getByRole('button', { name: '核对差异' }));
    const summary = await screen.findByRole('region', { name: '差异汇总' });
    expect(within(summary).getByText(/处差异$/)).toBeInTheDocument();

    // a wrong PIN is refused in the form and nothing is signed
    await user.type(screen.getByLabelText('陈静 的 PIN'), '0000{Enter}');
    expect(await screen.findByText(/PIN 或密码错误/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('陈静 的 PIN'), '3344{Enter}');
    await screen.findByText(/陈静 已签收 王芳 的交接/);

    const [logged] = await desk.ok('handover.log', {});
    expect(logged).toMatchObject({ fromName: '王芳', toName: '陈静' });
    expect(logged!.acknowledgedAt).not.toBeNull();
    // the other key copies were marked missing: each is a difference on the record
    expect(logged!.differenceCount).toBeGreaterThan(0);
    const view = await desk.ok('handover.get', { handoverId: logged!.id });
    expect(view.notes).toBe('雨伞借出 1 把');
    const tasks = await desk.ok('handover.tasks', {});
    expect(tasks.map((t) => t.text)).toEqual(['给 3 栋业主回电话']);

    await user.click(screen.getByRole('tab', { name: '前台交接日志' }));
    await user.click(await screen.findByRole('button', { name: `查看/打印 #${logged!.id}` }));
    const sheet = await screen.findByRole('article', { name: '前台交接日志' });
    expect(within(sheet).getByText('给 3 栋业主回电话')).toBeInTheDocument();
    expect(within(sheet).getByRole('heading', { name: '差异' })).toBeInTheDocument();
  },
  SLOW_UNDER_LOAD,
);

test(
  'the administrator sets the shifts and the desk items; a badly written time is refused in the form',
  async () => {
    const mounted = await mountDesk();
    const { user, desk } = mounted;
    await signIn(user, '系统管理员', '900000');
    await user.click(await screen.findByRole('menuitem', { name: '交接班' }));
    await user.click(await screen.findByRole('tab', { name: '班次与物品' }));
    const end = await screen.findByLabelText('结束 2');
    await waitFor(() => expect(end).toHaveValue('01:00'));
    await user.clear(end);
    await user.type(end, '2330');
    await user.click(screen.getByRole('button', { name: '添加物品' }));
    await user.type(screen.getByLabelText('物品 5'), '饮用水');
    await user.click(screen.getByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('请按 HH:MM 填写，如 08:30')).toBeInTheDocument();
    await user.clear(end);
    await user.type(end, '23:30');
    await user.click(screen.getByRole('button', { name: /保\s?存/ }));
    await screen.findByText('班次与物品已保存');
    await desk.signInAs('系统管理员');
    const saved = await desk.ok('settings.get');
    expect(saved.shifts[1]!.end).toBe('23:30');
    expect(saved.handoverItems.at(-1)).toEqual({ name: '饮用水', count: 0 });
  },
  SLOW_UNDER_LOAD,
);
