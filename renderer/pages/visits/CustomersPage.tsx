import { Button, Card, Form, Input, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPUTES_PAGE, type DisputeView } from '../../../shared/contract/customers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction, useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { trimmedText } from '../../hooks/trimmedText';
import './visits.css';

/** The manager's page: ownership disputes to decide (004:337 rule 8) and the retention act. */
export function CustomersPage() {
  const { t } = useTranslation();
  const message = useToast();
  const [deciding, setDeciding] = useState<DisputeView | null>(null);
  const client = useClient();
  const disputes = useLoaded('customers.disputes', { includeDecided: false });
  // Pages after the first, asked for with 加载更早的争议; a refresh starts again from the first.
  const [older, setOlder] = useState<{ rows: DisputeView[]; full: boolean } | null>(null);
  const loadingMore = useAction();
  const decision = useCall('customers.decide');
  const retention = useCall('customers.anonymise');
  const first = disputes.data ?? [];
  const shown = older ? [...first, ...older.rows] : first;
  const hasMore = older ? older.full : first.length === DISPUTES_PAGE;

  async function loadMore() {
    const last = shown.at(-1);
    if (!last) return;
    // older than the last line shown: nothing skipped or repeated if others decide meanwhile
    const page = await loadingMore.run(() =>
      client.call('customers.disputes', { includeDecided: false, beforeId: last.claimId }),
    );
    if (!page) return;
    setOlder({ rows: [...(older?.rows ?? []), ...page], full: page.length === DISPUTES_PAGE });
  }

  async function decide(values: { ownerId: number; reason: string }) {
    if (!deciding) return;
    if (!(await decision.run({ claimId: deciding.claimId, ...values }))) return;
    setDeciding(null);
    message.success(t('visits.customers.decided'));
    setOlder(null);
    await disputes.refresh();
  }

  async function anonymise(values: { notSeenMonths: number }) {
    const r = await retention.run(values);
    if (r) message.success(t('visits.customers.anonymised', { count: r.anonymised }));
  }
  const decideOnce = useOneAtATime(decide);
  const anonymiseOnce = useOneAtATime(anonymise);

  const columns: TableColumnsType<DisputeView> = [
    {
      key: 'customer',
      title: t('visits.customers.customer'),
      render: (_, d) => `${d.customer.name} ${d.customer.phone ?? ''}`,
    },
    { key: 'owner', title: t('visits.customers.owner'), render: (_, d) => d.customer.ownerName },
    { key: 'claimant', title: t('visits.customers.claimant'), dataIndex: 'claimantName' },
    { key: 'note', title: t('visits.customers.note'), dataIndex: 'note' },
    {
      key: 'decide',
      title: t('visits.customers.decide'),
      render: (_, d) => (
        <Button size="small" onClick={() => setDeciding(d)}>
          {t('visits.customers.decide')}
        </Button>
      ),
    },
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('visits.nav.customers')}</Typography.Title>
      <ErrorAlert from={[retention, disputes, loadingMore]} closable />
      <Card title={<h3 className="card-title">{t('visits.customers.disputes')}</h3>} className="page-card">
        <Table<DisputeView>
          rowKey="claimId"
          size="small"
          columns={columns}
          dataSource={shown}
          pagination={false}
          locale={{ emptyText: t('visits.customers.noDisputes') }}
        />
        {hasMore && (
          <Button className="load-more" loading={loadingMore.busy} onClick={() => void loadMore()}>
            {t('visits.customers.loadMore')}
          </Button>
        )}
      </Card>
      <Card title={<h3 className="card-title">{t('visits.customers.retention')}</h3>} className="page-card">
        <Typography.Paragraph>{t('visits.customers.retentionHelp')}</Typography.Paragraph>
        <Form name="retention" layout="inline" initialValues={{ notSeenMonths: 24 }} onFinish={anonymiseOnce}>
          <Form.Item name="notSeenMonths" label={t('visits.customers.months')} rules={[{ required: true }]}>
            <InputNumber min={1} max={120} precision={0} />
          </Form.Item>
          <Button danger htmlType="submit" loading={retention.busy}>
            {t('visits.customers.anonymise')}
          </Button>
        </Form>
      </Card>
      <Modal
        open={deciding !== null}
        title={t('visits.customers.decideTitle', { name: deciding?.customer.name ?? '' })}
        footer={null}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        {deciding && (
          <Form<{ ownerId: number; reason: string }>
            name="decide"
            layout="vertical"
            initialValues={{ ownerId: deciding.customer.ownerId ?? deciding.claimantId }}
            onFinish={decideOnce}
          >
            <Form.Item name="ownerId" label={t('visits.customers.decideOwner')}>
              <Radio.Group
                options={[
                  ...(deciding.customer.ownerId !== null
                    ? [{ value: deciding.customer.ownerId, label: deciding.customer.ownerName ?? '' }]
                    : []),
                  { value: deciding.claimantId, label: deciding.claimantName },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('visits.customers.reason')}
              rules={[trimmedText({ required: true, whitespace: true, min: 2, message: t('form.required') })]}
            >
              <Input autoFocus autoComplete="off" maxLength={200} />
            </Form.Item>
            <ErrorAlert error={decision.error} />
            <Button type="primary" htmlType="submit" loading={decision.busy}>
              {t('visits.customers.decide')}
            </Button>
          </Form>
        )}
      </Modal>
    </div>
  );
}
