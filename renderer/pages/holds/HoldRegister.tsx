import { Button, Select, Space, Table, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLD_EVENT_KINDS, HOLD_REGISTER_PAGE, type HoldEventView } from '../../../shared/contract/holds';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { downloadBase64, XLSX_TYPE } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { depositSummary, localDateTime } from './format';

type Kind = (typeof HOLD_EVENT_KINDS)[number];

/** The sales-control register 销控登记表: every hold event the person may read, newest first. */
export function HoldRegister() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const [kind, setKind] = useState<Kind | null>(null);
  const [events, setEvents] = useState<HoldEventView[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const reading = useAction();
  const exporting = useAction();
  const read = reading.run;

  /** The newest page, or with `beforeId` the page older than the last line shown, appended. */
  const load = useCallback(
    async (beforeId?: number) => {
      const page = await read(() =>
        client.call('holds.register', {
          limit: HOLD_REGISTER_PAGE,
          ...(kind ? { kind } : {}),
          ...(beforeId !== undefined ? { beforeId } : {}),
        }),
      );
      if (!page) return;
      setEvents((shown) => (beforeId === undefined ? page : [...shown, ...page]));
      setHasMore(page.length === HOLD_REGISTER_PAGE);
    },
    [client, kind, read],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const exportXlsx = () =>
    exporting.run(async () => {
      const file = await client.call('holds.exportRegister', {});
      downloadBase64(file.fileName, file.contentBase64, XLSX_TYPE);
    });

  // A deposit says its method, agreement, agreed price and any discount with who approved it.
  const detail = (e: HoldEventView) =>
    [
      e.expiresAt ? `${t('actions.expiresAt')} ${localDateTime(e.expiresAt)}` : '',
      ...(e.deposit
        ? [depositSummary(e.deposit, t)]
        : [e.amountFen !== null ? formatFen(e.amountFen) : '', e.receiptNo ?? '']),
      e.reason ?? '',
    ]
      .filter(Boolean)
      .join(' · ');
  const columns: TableColumnsType<HoldEventView> = [
    { key: 'at', title: t('register.at'), render: (_, e) => localDateTime(e.at) },
    { key: 'unit', title: t('register.unit'), dataIndex: 'unitLabel' },
    { key: 'kind', title: t('register.kind'), render: (_, e) => t(`kind.${e.kind}`) },
    { key: 'actor', title: t('register.actor'), render: (_, e) => e.actorName ?? t('register.system') },
    { key: 'consultant', title: t('register.consultant'), dataIndex: 'consultantName' },
    { key: 'customer', title: t('register.customer'), dataIndex: 'customerName' },
    { key: 'phone', title: t('register.phone'), dataIndex: 'customerPhone' },
    { key: 'detail', title: t('register.detail'), render: (_, e) => detail(e) },
  ];

  return (
    <>
      <ErrorAlert from={[reading, exporting]} closable />
      <Space className="board-filters">
        <Select<Kind | null>
          aria-label={t('register.kind')}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 140 }}
          options={[
            { value: null, label: t('register.allKinds') },
            ...HOLD_EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
          ]}
        />
        {mayCall('holds.exportRegister', roles) && (
          <Button onClick={() => void exportXlsx()}>{t('register.export')}</Button>
        )}
      </Space>
      <Table<HoldEventView>
        rowKey="id"
        columns={columns}
        dataSource={events}
        pagination={{ pageSize: 50 }}
        size="small"
      />
      {hasMore && events.length > 0 && (
        <Button className="load-more" loading={reading.busy} onClick={() => void load(events.at(-1)!.id)}>
          {t('register.loadMore')}
        </Button>
      )}
    </>
  );
}
