import { DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureView } from '../../../shared/contract/disclosures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';

const DAY = 'YYYY-MM-DD';

/** 号码查看登记 (000:613): every full number shown to someone who may not see it, for the manager. */
export function DisclosuresPage() {
  const { t } = useTranslation('privacy');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, 'day'), dayjs()]);
  const register = useLoaded('disclosures.register', {
    from: range[0].format(DAY),
    to: range[1].format(DAY),
  });
  return (
    <div className="page disclosures-page">
      <Typography.Title level={2}>{t('register.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('register.help')}</Typography.Paragraph>
      <Space>
        <DatePicker.RangePicker
          aria-label={`${t('register.from')} – ${t('register.to')}`}
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      </Space>
      <ErrorAlert from={[register]} closable />
      <Table<DisclosureView>
        size="small"
        rowKey="id"
        aria-label={t('register.title')}
        dataSource={register.data ?? []}
        loading={register.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('register.empty') }}
        columns={[
          { title: t('register.at'), key: 'at', render: (_, d) => dayjs(d.at).format('YYYY-MM-DD HH:mm') },
          { title: t('register.viewer'), dataIndex: 'viewerName' },
          { title: t('register.customer'), dataIndex: 'customerName' },
          { title: t('register.phone'), dataIndex: 'phoneMasked' },
          { title: t('register.reason'), dataIndex: 'reason' },
          { title: t('register.approvedBy'), dataIndex: 'approvedBy' },
        ]}
      />
    </div>
  );
}
