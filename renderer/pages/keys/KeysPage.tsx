import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import type { KeyView } from '../../../shared/contract/keys';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useDesk, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded, usePolled } from '../../hooks/usePolled';
import { useWrittenOver } from '../../hooks/useWrittenOver';
import { useToast } from '../../hooks/useToast';
import { HandOverDialog, ReturnWhichDialog, type HandOverTarget } from './CopyDialogs';
import { DayCheck } from './DayCheck';
import { holderText } from './format';
import { IssueDialog } from './IssueDialog';
import { KeyBoard, type BoardRow, type CopyAction } from './KeyBoard';
import { KeyDialog, ReasonDialog, type KeyFields } from './KeyDialogs';
import { MovementsRegister } from './MovementsRegister';
import './keys.css';

/** How often an open key page asks the main process to post newly overdue keys. */
const OVERDUE_CHECK_MS = 60_000;

const NO_KEYS: KeyView[] = [];

export function KeysPage() {
  const { t } = useTranslation();
  const { client, notifications } = useDesk();
  const user = useSession((s) => s.user);
  const roles = user?.roles;
  const { modal } = App.useApp();
  const message = useToast();
  const keysAnswer = useLoaded('keys.board', {});
  // Without the roster only outside holders can be typed: its failure is not shown.
  const roster = useLoaded('auth.roster', {});
  const act = useAction();
  const [issuing, setIssuing] = useState<KeyView | null>(null);
  const [returning, setReturning] = useState<KeyView | null>(null);
  const [handing, setHanding] = useState<HandOverTarget | null>(null);
  const [losing, setLosing] = useState<BoardRow | null>(null);
  const [editing, setEditing] = useState<{ key: KeyView | null } | null>(null);
  const [version, setVersion] = useState(0);
  const [shownKeys, writeKeys] = useWrittenOver(keysAnswer.data, keysAnswer.received);
  const keys = shownKeys ?? NO_KEYS;
  // A key as a write answered it is on the board at once; the re-read confirms it.
  const showKey = useCallback(
    (view: KeyView) => writeKeys((board) => board.map((k) => (k.id === view.id ? view : k))),
    [writeKeys],
  );

  const refreshKeys = keysAnswer.refresh;
  const changed = useCallback(async () => {
    setVersion((v) => v + 1);
    await refreshKeys();
  }, [refreshKeys]);

  const overdueCheck = usePolled('keys.checkOverdue', {}, OVERDUE_CHECK_MS);
  useEffect(() => {
    if (overdueCheck.data && overdueCheck.data.posted > 0)
      notifications
        .getState()
        .refresh()
        .catch(() => undefined);
  }, [overdueCheck.data, notifications]);

  async function run(work: () => Promise<unknown>, done?: string) {
    const result = await act.run(work);
    if (result !== undefined && done) message.success(done);
    await changed();
  }

  /** Brings one copy back; the message says which and from whom. */
  async function returnCopy(key: KeyView, copyNo: number) {
    const holder = holderText(key.copyStates[copyNo - 1]?.holder ?? null);
    await run(
      () => client.call('keys.return', { tag: key.tag, copyNo }),
      t('keys.returnedCopy', { tag: key.tag, n: copyNo, holder }),
    );
  }

  /**
   * The tag and Enter: a copy that is out comes back (several out: which one?); otherwise a copy
   * at home is issued. The Issue button lends another copy even while one is out.
   */
  async function onTag(tag: string, mode: 'auto' | 'issue' | 'return') {
    // Decided on the copies as they are now, not as the board was last read: a key may have
    // moved in another window since.
    const board = (await act.run(() => client.call('keys.board', {}))) ?? keys;
    const key = board.find((k) => k.tag === tag);
    if (!key) {
      act.clearError();
      message.error(t('keys.notFound', { tag }));
      return;
    }
    const out = key.copyStates.filter((c) => c.state === 'out');
    if (mode === 'issue' || (mode === 'auto' && out.length === 0)) setIssuing(key);
    else if (out.length === 1) await returnCopy(key, out[0]!.copyNo);
    else if (out.length > 1) setReturning(key);
    // nothing out: the main process says so
    else await run(() => client.call('keys.return', { tag }));
  }

  async function issue(input: InputOf<'keys.issue'>) {
    // The main process issues the copy named, else the first at home.
    const copyNo = input.copyNo ?? issuing?.copyStates.find((c) => c.state === 'home')?.copyNo ?? 1;
    const view = await client.call('keys.issue', input); // a refusal stays in the dialog
    setIssuing(null);
    showKey(view);
    const holder = holderText(view.copyStates[copyNo - 1]?.holder ?? null);
    message.success(t('keys.issuedCopy', { tag: input.tag, n: copyNo, holder }));
    await changed();
  }

  async function handOver(toUserId: number, countersign?: { userId: number; secret: string }) {
    if (!handing) return;
    const { key, copyNo } = handing;
    await client.call('keys.handOver', {
      tag: key.tag,
      copyNo,
      toUserId,
      ...(countersign ? { countersign } : {}),
    });
    setHanding(null);
    const to = (roster.data ?? []).find((p) => p.id === toUserId)?.name ?? '';
    message.success(t('keys.handedOver', { tag: key.tag, n: copyNo, to }));
    await changed();
  }

  function onCopy(row: BoardRow, action: CopyAction) {
    const target = { tag: row.key.tag, copyNo: row.copyNo };
    if (action === 'return') void returnCopy(row.key, row.copyNo);
    else if (action === 'handOver') setHanding({ key: row.key, copyNo: row.copyNo });
    else if (action === 'found')
      void run(
        () => client.call('keys.found', target),
        t('keys.foundCopy', { tag: target.tag, n: target.copyNo }),
      );
    else setLosing(row);
  }

  async function saveKey(values: KeyFields) {
    const fields = { ...values, nightPlace: values.nightPlace?.trim() ? values.nightPlace : null };
    const { tag, ...rest } = fields;
    if (editing?.key) await client.call('keys.update', { keyId: editing.key.id, ...rest });
    else await client.call('keys.create', { tag, ...rest });
    setEditing(null);
    message.success(
      editing?.key
        ? t('keys.updated', { tag: editing.key.tag })
        : t('keys.created', { tag: tag.trim().toUpperCase(), name: rest.name }),
    );
    await changed();
  }

  function confirmRetire(key: KeyView) {
    modal.confirm({
      title: t('keys.confirmRetire', { tag: key.tag }),
      content: t('keys.confirmRetireBody'),
      okText: t('keys.retire'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: () =>
        run(() => client.call('keys.retire', { keyId: key.id }), t('keys.retiredKey', { tag: key.tag })),
    });
  }

  const mayRegister = mayCall('keys.create', roles);
  const registerColumns: TableColumnsType<BoardRow> = mayRegister
    ? [
        {
          key: 'register',
          title: t('keys.editKey'),
          render: (_, r) =>
            r.copyNo === 1 && (
              <Space size="small">
                <RowButton
                  label={t('keys.editKey')}
                  of={r.key.tag}
                  onClick={() => setEditing({ key: r.key })}
                />
                <RowButton
                  label={t('keys.retire')}
                  of={r.key.tag}
                  danger
                  onClick={() => confirmRetire(r.key)}
                />
              </Space>
            ),
        },
      ]
    : [];
  const overdue = keys.flatMap((k) => k.copyStates).filter((c) => c.overdue).length;

  const board = (
    <>
      <ErrorAlert from={[act, keysAnswer]} closable />
      <KeyBoard
        keys={keys}
        loading={keysAnswer.loading && !keysAnswer.data}
        may={{
          return: mayCall('keys.return', roles),
          handOver: mayCall('keys.handOver', roles),
          reportLost: mayCall('keys.reportLost', roles),
          found: mayCall('keys.found', roles),
        }}
        onTag={onTag}
        onCopy={onCopy}
        extraColumns={registerColumns}
      />
    </>
  );

  return (
    <div className="page">
      <div className="page-title-row">
        <Typography.Title level={2}>
          {t('nav.keys')} {overdue > 0 && <Tag color="red">{t('keys.overdueCount', { count: overdue })}</Tag>}
        </Typography.Title>
        {mayRegister && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ key: null })}>
            {t('keys.addKey')}
          </Button>
        )}
      </div>
      <Tabs
        items={[
          { key: 'board', label: t('keys.tabBoard'), children: board },
          {
            key: 'register',
            label: t('keys.tabRegister'),
            children: <MovementsRegister version={version} />,
          },
          {
            key: 'dayCheck',
            label: t('keys.tabDayCheck'),
            children: <DayCheck version={version} mayExplain={mayCall('keys.explainOvernight', roles)} />,
          },
        ]}
      />
      <IssueDialog
        keyView={issuing}
        people={roster.data ?? []}
        selfId={user?.id ?? null}
        onCancel={() => setIssuing(null)}
        onSubmit={issue}
      />
      <ReturnWhichDialog
        keyView={returning}
        onCancel={() => setReturning(null)}
        onSubmit={async (copyNo) => {
          if (!returning) return;
          const key = returning;
          const holder = holderText(key.copyStates[copyNo - 1]?.holder ?? null);
          await client.call('keys.return', { tag: key.tag, copyNo }); // a refusal stays in the dialog
          setReturning(null);
          message.success(t('keys.returnedCopy', { tag: key.tag, n: copyNo, holder }));
          await changed();
        }}
      />
      <HandOverDialog
        target={handing}
        people={roster.data ?? []}
        selfId={user?.id ?? null}
        onCancel={() => setHanding(null)}
        onSubmit={handOver}
      />
      <ReasonDialog
        title={losing ? t('keys.reportLostTitle', { tag: losing.key.tag, n: losing.copyNo }) : ''}
        open={losing !== null}
        submitText={t('keys.reportLost')}
        onCancel={() => setLosing(null)}
        onSubmit={async (reason) => {
          if (!losing) return;
          await client.call('keys.reportLost', { tag: losing.key.tag, copyNo: losing.copyNo, reason });
          setLosing(null);
          message.success(t('keys.reportedLost', { tag: losing.key.tag, n: losing.copyNo }));
          await changed();
        }}
      />
      <KeyDialog
        open={editing !== null}
        editing={editing?.key ?? null}
        onCancel={() => setEditing(null)}
        onSubmit={saveKey}
      />
    </div>
  );
}
