import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InquiryView } from '../../../shared/contract/holdAccess';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';
import { localDateTime } from './format';

/** Every "is this unit free?" asked, by whom, and the answer given (newest first). */
export function InquiriesPanel() {
  const { t } = useTranslation('holds');
  const list = useLoaded('holds.inquiries', { limit: 200 });
  const columns: TableColumnsType<InquiryView> = [
    { key: 'at', title: t('inquiries.at'), render: (_, q) => localDateTime(q.at) },
    { key: 'who', title: t('inquiries.who'), dataIndex: 'askedByName' },
    { key: 'unit', title: t('inquiries.unit'), dataIndex: 'unitLabel' },
    {
      key: 'answer',
      title: t('inquiries.answer'),
      render: (_, q) => t(q.free ? 'inquiries.free' : 'inquiries.notFree'),
    },
  ];
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<InquiryView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('inquiries.empty') }}
      />
    </>
  );
}
