import { Button, Form, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyCopyView, KeyView } from '../../../shared/contract/keys';
import { clearFields } from '../../hooks/clearFields';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { holderText, when } from './format';

export interface BoardRow extends KeyCopyView {
  key: KeyView;
}

export type CopyAction = 'return' | 'handOver' | 'reportLost' | 'found';

const STATE_COLOURS = { home: 'green', out: 'blue', lost: 'default', overdue: 'red' } as const;

/**
 * The key board: every copy of every key, home or with whom, since when, due back; overdue
 * copies stand out in red. Above it the tag field: type the tag, press Enter.
 */
export function KeyBoard(props: {
  keys: KeyView[];
  loading: boolean;
  may: Record<CopyAction, boolean>;
  onTag: (tag: string, mode: 'auto' | 'issue' | 'return') => Promise<void>;
  onCopy: (row: BoardRow, action: CopyAction) => void;
  extraColumns?: TableColumnsType<BoardRow>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ tag: string }>();
  const rows: BoardRow[] = props.keys.flatMap((key) => key.copyStates.map((c) => ({ ...c, key })));

  async function act(mode: 'auto' | 'issue' | 'return') {
    // An empty tag is shown beside the field by the form's own rule; nothing more to do.
    const tag = await form.validateFields().then(
      (values) => values.tag.trim().toUpperCase(),
      () => null,
    );
    if (tag === null) return;
    await props.onTag(tag, mode);
    clearFields(form);
  }
  // Enter on a copy that is out returns it: a second Enter while it comes back is dropped.
  const actOnce = useOneAtATime(act);

  const columns: TableColumnsType<BoardRow> = [
    { key: 'tag', title: t('keys.tag'), render: (_, r) => <strong>{r.key.tag}</strong> },
    {
      key: 'name',
      title: t('keys.name'),
      render: (_, r) => (
        <Space size="small">
          {r.key.name}
          {r.key.restricted && <Tag color="gold">{t('keys.restrictedTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'kind', title: t('keys.kind'), render: (_, r) => t(`keys.kinds.${r.key.kind}`) },
    { key: 'copy', title: t('keys.copy'), render: (_, r) => t('keys.copyOf', { n: r.copyNo }) },
    {
      key: 'state',
      title: t('keys.state'),
      render: (_, r) => {
        const state = r.overdue ? 'overdue' : r.state;
        return <Tag color={STATE_COLOURS[state]}>{t(`keys.states.${state}`)}</Tag>;
      },
    },
    { key: 'holder', title: t('keys.holder'), render: (_, r) => holderText(r.holder) || r.key.homePlace },
    { key: 'since', title: t('keys.since'), render: (_, r) => when(r.since) },
    {
      key: 'due',
      title: t('keys.dueBack'),
      render: (_, r) =>
        r.overdue ? <Typography.Text type="danger">{when(r.dueBack)}</Typography.Text> : when(r.dueBack),
    },
    {
      key: 'actions',
      title: t('keys.actions'),
      render: (_, r) => {
        const label = (action: CopyAction) =>
          action === 'return'
            ? t('keys.returnCopy', { tag: r.key.tag, n: r.copyNo })
            : `${t(`keys.${action}`)} ${r.key.tag} ${t('keys.copyOf', { n: r.copyNo })}`;
        const buttons: CopyAction[] = [];
        if (r.state === 'out' && props.may.return) buttons.push('return');
        if (r.state === 'out' && props.may.handOver) buttons.push('handOver');
        if (r.state !== 'lost' && props.may.reportLost) buttons.push('reportLost');
        if (r.state === 'lost' && props.may.found) buttons.push('found');
        return (
          <Space size="small" wrap>
            {buttons.map((action) => (
              <Button
                key={action}
                size="small"
                aria-label={label(action)}
                onClick={() => props.onCopy(r, action)}
              >
                {t(`keys.${action}`)}
              </Button>
            ))}
          </Space>
        );
      },
    },
    ...(props.extraColumns ?? []),
  ];

  return (
    <>
      <Form form={form} name="keyTag" layout="inline" onFinish={() => actOnce('auto')} className="page-card">
        <Form.Item
          name="tag"
          label={t('keys.tag')}
          extra={t('keys.tagHelp')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input autoFocus autoComplete="off" maxLength={20} />
        </Form.Item>
        <Space>
          <Button type="primary" onClick={() => actOnce('issue')}>
            {t('keys.issue')}
          </Button>
          <Button onClick={() => actOnce('return')}>{t('keys.return')}</Button>
        </Space>
      </Form>
      <Table<BoardRow>
        rowKey={(r) => `${r.key.id}-${r.copyNo}`}
        columns={columns}
        dataSource={rows}
        loading={props.loading}
        pagination={false}
        size="middle"
      />
    </>
  );
}
