import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLine } from '../../../shared/contract/tickets';
import { formatFen } from '../../../shared/domain/money';

/** Stock per type at a glance; a low line says whom to call. */
export function StockTable({ lines }: { lines: readonly StockLine[] }) {
  const { t } = useTranslation();
  return (
    <Table<StockLine>
      rowKey="typeId"
      size="small"
      pagination={false}
      aria-label={t('tickets.stock.title')}
      dataSource={lines}
      rowClassName={(l) => (l.low ? 'ticket-low' : '')}
      columns={[
        { key: 'name', title: t('tickets.stock.type'), dataIndex: 'name' },
        { key: 'price', title: t('tickets.stock.price'), render: (_, l) => formatFen(l.priceFen) },
        {
          key: 'onHand',
          title: t('tickets.stock.onHand'),
          render: (_, l) => (
            <>
              <strong>{l.onHand}</strong> {l.low && <Tag color="red">{t('tickets.stock.low')}</Tag>}
              {!l.active && <Tag>{t('tickets.stock.inactive')}</Tag>}
            </>
          ),
        },
        { key: 'threshold', title: t('tickets.stock.threshold'), dataIndex: 'lowStockThreshold' },
        {
          key: 'cinema',
          title: t('tickets.stock.cinema'),
          render: (_, l) =>
            l.low ? (
              <Typography.Text type="danger">
                {t('tickets.stock.callCinema', { contact: l.contactName, phone: l.contactPhone })}
              </Typography.Text>
            ) : (
              l.cinemaName
            ),
        },
      ]}
    />
  );
}
