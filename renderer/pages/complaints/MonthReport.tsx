import { Button, Col, Form, Input, Row, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthReport as Report } from '../../../shared/contract/complaints';
import { downloadBase64 } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { when } from './format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function Figures({ rows, title }: { rows: { key: string; label: string; count: number }[]; title: string }) {
  const { t } = useTranslation('complaints');
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      aria-label={title}
      title={() => <strong>{title}</strong>}
      dataSource={rows}
      columns={[
        { key: 'label', title: t('report.item'), dataIndex: 'label' },
        { key: 'count', title: t('report.count'), dataIndex: 'count', align: 'right' },
      ]}
    />
  );
}

/** The month's 投诉月报 on the page, and as the .xlsx the managers sign off (000:185). */
export function MonthReport() {
  const { t } = useTranslation('complaints');
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const report = useLoaded('complaints.monthReport', { month });
  const xlsx = useCall('complaints.monthXlsx');
  const r: Report | undefined = report.data?.month === month ? report.data : undefined;

  async function download() {
    const file = await xlsx.run({ month });
    if (file) downloadBase64(file.fileName, file.base64, file.mime);
  }

  const about = (l: Report['byTarget'][number]) => {
    const name = l.name ?? (l.department ? t(`department.${l.department}`) : null);
    return name === null
      ? t(`target.${l.target}`)
      : t('list.aboutOf', { target: t(`target.${l.target}`), name });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form
        name="complaintMonth"
        layout="inline"
        initialValues={{ month }}
        onFinish={(v: { month: string }) => setMonth(v.month.trim())}
      >
        <Form.Item
          name="month"
          label={t('report.month')}
          rules={[{ pattern: MONTH, message: t('report.monthFormat') }]}
        >
          <Input autoComplete="off" placeholder="2026-12" className="complaint-time" />
        </Form.Item>
        <Button htmlType="submit">{t('report.show')}</Button>
        <Button type="primary" onClick={() => void download()} loading={xlsx.busy} disabled={!r}>
          {t('report.download')}
        </Button>
      </Form>
      <ErrorAlert from={[report, xlsx]} />
      {r && (
        <>
          <Typography.Text type="secondary">{t('report.asOf', { at: when(r.asOf) })}</Typography.Text>
          <Row gutter={[12, 12]}>
            <Col span={12}>
              <Figures
                title={t('report.summary')}
                rows={(
                  [
                    'received',
                    'closed',
                    'revisited',
                    'satisfied',
                    'openAtEnd',
                    'awaitingRevisitAtEnd',
                  ] as const
                ).map((k) => ({ key: k, label: t(`report.lines.${k}`), count: r[k] }))}
              />
            </Col>
            <Col span={12}>
              <Table
                size="small"
                rowKey="deadline"
                pagination={false}
                aria-label={t('report.deadlines')}
                title={() => <strong>{t('report.deadlines')}</strong>}
                dataSource={r.deadlines}
                columns={[
                  {
                    key: 'deadline',
                    title: t('detail.deadline'),
                    render: (_, l) => t(`deadline.${l.deadline}`),
                  },
                  { key: 'due', title: t('report.due'), dataIndex: 'due', align: 'right' },
                  { key: 'met', title: t('report.met'), dataIndex: 'met', align: 'right' },
                  { key: 'missed', title: t('report.missed'), dataIndex: 'missed', align: 'right' },
                  {
                    key: 'rate',
                    title: t('report.rate'),
                    align: 'right',
                    render: (_, l) =>
                      l.rate === null ? t('report.noRate') : `${(l.rate * 100).toFixed(1)}%`,
                  },
                ]}
              />
            </Col>
            <Col span={8}>
              <Figures
                title={t('report.byKind')}
                rows={r.byKind.map((l) => ({ key: l.kind, label: t(`kind.${l.kind}`), count: l.count }))}
              />
            </Col>
            <Col span={8}>
              <Figures
                title={t('report.byChannel')}
                rows={r.byChannel.map((l) => ({
                  key: l.channel,
                  label: t(`channel.${l.channel}`),
                  count: l.count,
                }))}
              />
              <Figures
                title={t('report.byUrgency')}
                rows={r.byUrgency.map((l) => ({
                  key: l.urgency,
                  label: t(`urgency.${l.urgency}`),
                  count: l.count,
                }))}
              />
            </Col>
            <Col span={8}>
              <Figures
                title={t('report.byTarget')}
                rows={r.byTarget.map((l, i) => ({ key: String(i), label: about(l), count: l.count }))}
              />
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
