import { Button, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVEMENT_KINDS, type MovementView, type StockLine } from '../../../shared/contract/tickets';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { downloadBase64, XLSX_TYPE } from '../../api/download';
import { VoidDialog } from './VoidDialog';

/** The movements register, newest first, filtered by type and kind; sales can be voided here. */
export function MovementsTable({
  lines,
  version,
  onChanged,
}: {
  lines: readonly StockLine[];
  version: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const message = useToast();
  const [typeId, setTypeId] = useState<number | undefined>();
  const [kind, setKind] = useState<MovementView['kind'] | undefined>();
  const [voiding, setVoiding] = useState<MovementView | null>(null);
  const movements = useLoaded('tickets.movements', { limit: 200, typeId, kind }, { version });
  const exporting = useAction();

  const exportXlsx = () =>
    exporting.run(async () => {
      const file = await client.call('tickets.exportMovements', { typeId, kind });
      downloadBase64(file.fileName, file.base64, XLSX_TYPE);
    });

  const canVoid = mayCall('tickets.voidSale', roles);
  return (
    <>
      <Space wrap className="filter-row">
        <Select
          aria-label={t('tickets.movements.filterType')}
          allowClear
          placeholder={t('tickets.movements.filterType')}
          style={{ minWidth: 160 }}
          value={typeId}
          onChange={setTypeId}
          options={lines.map((l) => ({ value: l.typeId, label: l.name }))}
        />
        <Select
          aria-label={t('tickets.movements.filterKind')}
          allowClear
          placeholder={t('tickets.movements.filterKind')}
          style={{ minWidth: 140 }}
          value={kind}
          onChange={setKind}
          options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`tickets.movements.kinds.${k}`) }))}
        />
        <Button onClick={() => void movements.refresh()}>{t('tickets.movements.refresh')}</Button>
        {mayCall('tickets.exportMovements', roles) && (
          <Button onClick={() => void exportXlsx()}>{t('tickets.movements.export')}</Button>
        )}
      </Space>
      <ErrorAlert from={[exporting, movements]} closable />
      <Table<MovementView>
        rowKey="id"
        size="small"
        dataSource={movements.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { key: 'businessDate', title: t('tickets.movements.businessDate'), dataIndex: 'businessDate' },
          {
            key: 'at',
            title: t('tickets.movements.at'),
            render: (_, m) => dayjs(m.at).format('MM-DD HH:mm'),
          },
          { key: 'type', title: t('tickets.stock.type'), dataIndex: 'typeName' },
          {
            key: 'kind',
            title: t('tickets.movements.kind'),
            render: (_, m) => (
              <>
                {t(`tickets.movements.kinds.${m.kind}`)}{' '}
                {m.voidedById !== null && <Tag color="red">{t('tickets.movements.voided')}</Tag>}
              </>
            ),
          },
          {
            key: 'delta',
            title: t('tickets.movements.count'),
            render: (_, m) => (m.delta > 0 ? `+${m.delta}` : m.delta),
          },
          {
            key: 'amount',
            title: t('tickets.movements.amount'),
            render: (_, m) =>
              m.amountFen === null ? (
                ''
              ) : m.catalogueFen !== null && m.unitPriceFen !== null ? (
                // A price exception stands out with both prices (the day sheet lists it too).
                <>
                  {formatFen(m.amountFen)}{' '}
                  <Tag color="orange">
                    {t('tickets.movements.priceException', {
                      price: formatFen(m.unitPriceFen),
                      catalogue: formatFen(m.catalogueFen),
                    })}
                  </Tag>
                </>
              ) : (
                formatFen(m.amountFen)
              ),
          },
          {
            key: 'payment',
            title: t('tickets.movements.payment'),
            render: (_, m) => (m.paymentMethod ? t(`tickets.payment.${m.paymentMethod}`) : ''),
          },
          { key: 'actor', title: t('tickets.movements.actor'), dataIndex: 'actorName' },
          {
            key: 'cs',
            title: t('tickets.movements.countersigner'),
            render: (_, m) => m.countersignedByName ?? '',
          },
          {
            key: 'note',
            title: t('tickets.movements.note'),
            render: (_, m) =>
              [m.batch, m.serialFrom && `${m.serialFrom}–${m.serialTo ?? ''}`, m.reason]
                .filter(Boolean)
                .join(' '),
          },
          {
            key: 'actions',
            title: '',
            render: (_, m) =>
              canVoid && m.kind === 'sold' && m.voidedById === null ? (
                <RowButton
                  label={t('tickets.movements.void')}
                  of={`#${m.id}`}
                  danger
                  onClick={() => setVoiding(m)}
                />
              ) : null,
          },
        ]}
      />
      <VoidDialog
        sale={voiding}
        onClose={() => setVoiding(null)}
        onDone={() => {
          setVoiding(null);
          message.success(t('tickets.movements.voidDone'));
          onChanged();
        }}
      />
    </>
  );
}
