import { Button, DatePicker, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardGrant } from '../../../shared/contract/holdAccess';
import { DialogForm } from '../../components/DialogForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { localDateTime } from './format';

interface GrantValues {
  userId: number;
  until: Dayjs;
  reason: string;
}

/**
 * Who may read the board besides the manager and the deputy (000:721 rule 38: 未经同意不得翻看):
 * a named person, for a period, with the reason; revocable; every grant and revocation kept.
 */
export function GrantsPanel() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const action = useAction();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState(false);
  const grants = useLoaded('holds.grants', {}, { version });
  const roster = useLoaded('auth.roster', {}, { enabled: open });
  const people = (roster.data ?? [])
    .filter((p) => !p.roles.some((r) => r === 'manager' || r === 'deputy' || r === 'admin'))
    .map((p) => ({ value: p.id, label: p.name }));

  async function grant(values: GrantValues) {
    const made = await client.call('holds.grant', {
      userId: values.userId,
      until: values.until.toDate().toISOString(),
      reason: values.reason,
    });
    message.success(t('grants.granted', { name: made.granteeName, until: localDateTime(made.until) }));
    setOpen(false);
    setVersion((v) => v + 1);
  }

  async function revoke(g: BoardGrant) {
    const done = await action.run(() => client.call('holds.revoke', { grantId: g.id }));
    if (done !== undefined) message.success(t('grants.revoked', { name: g.granteeName }));
    setVersion((v) => v + 1);
  }

  const stateOf = (g: BoardGrant) => {
    if (g.revoked) return t('grants.revokedAt', { at: localDateTime(g.revoked.at), name: g.revoked.byName });
    if (g.active) return t('grants.active');
    return new Date(g.from).getTime() > Date.now() ? t('grants.upcoming') : t('grants.ended');
  };

  const columns: TableColumnsType<BoardGrant> = [
    { key: 'person', title: t('grants.person'), dataIndex: 'granteeName' },
    { key: 'by', title: t('grants.grantedBy'), dataIndex: 'grantedByName' },
    {
      key: 'period',
      title: t('grants.period'),
      render: (_, g) => `${localDateTime(g.from)} – ${localDateTime(g.until)}`,
    },
    { key: 'reason', title: t('grants.reason'), dataIndex: 'reason' },
    { key: 'state', title: t('grants.state'), render: (_, g) => stateOf(g) },
    {
      key: 'actions',
      title: t('queue.actions'),
      render: (_, g) =>
        g.revoked === null && new Date(g.until).getTime() > Date.now() ? (
          <RowButton label={t('grants.revoke')} of={g.granteeName} danger onClick={() => void revoke(g)} />
        ) : null,
    },
  ];

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('grants.help')}</Typography.Paragraph>
      <ErrorAlert error={grants.error ?? action.error} onClose={action.clearError} />
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>
        {t('grants.submit')}
      </Button>
      <Table<BoardGrant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={grants.data ?? []}
        loading={grants.loading}
        pagination={false}
        locale={{ emptyText: t('grants.empty') }}
      />
      <DialogForm<GrantValues>
        name="hold-grant"
        open={open}
        title={t('grants.title')}
        submitText={t('grants.submit')}
        onCancel={() => setOpen(false)}
        onSubmit={grant}
        initialValues={{ until: dayjs().endOf('day').second(0) }}
      >
        <Form.Item name="userId" label={t('grants.person')} rules={[{ required: true }]}>
          <Select options={people} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="until" label={t('grants.until')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="reason" label={t('grants.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </DialogForm>
    </div>
  );
}
