import { Button, DatePicker, Form, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import { KEY_MOVEMENT_KINDS, type KeyMovementView } from '../../../shared/contract/keys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { downloadBase64, XLSX_TYPE } from '../../api/download';
import { holderText, when } from './format';

interface FilterValues {
  tag?: string;
  kind?: KeyMovementView['kind'];
  dates?: [Dayjs, Dayjs] | null;
  person?: string;
}

function toFilter(v: FilterValues): InputOf<'keys.movements'> {
  const blank = (s?: string) => (s && s.trim() ? s.trim() : undefined);
  return {
    tag: blank(v.tag),
    kind: v.kind,
    from: v.dates?.[0]?.format('YYYY-MM-DD'),
    to: v.dates?.[1]?.format('YYYY-MM-DD'),
    person: blank(v.person),
    limit: 500,
  };
}

/** Every movement, newest first, filtered; the same filter exports to .xlsx. */
export function MovementsRegister({ version }: { version: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<FilterValues>();
  // The filter as last searched: the list follows the search button, not each keystroke.
  const [filter, setFilter] = useState(() => toFilter({}));
  const [searches, setSearches] = useState(0);
  const movements = useLoaded('keys.movements', filter, { version: `${version}:${searches}` });
  const exporting = useAction();

  function search() {
    setFilter(toFilter(form.getFieldsValue()));
    setSearches((n) => n + 1);
  }

  const exportXlsx = () =>
    exporting.run(async () => {
      const file = await client.call('keys.exportRegister', toFilter(form.getFieldsValue()));
      downloadBase64(file.fileName, file.base64, XLSX_TYPE);
    });

  const columns: TableColumnsType<KeyMovementView> = [
    { key: 'at', title: t('keys.movements.at'), render: (_, m) => when(m.at) },
    { key: 'tag', title: t('keys.tag'), dataIndex: 'tag' },
    { key: 'name', title: t('keys.name'), dataIndex: 'keyName' },
    { key: 'copy', title: t('keys.copy'), render: (_, m) => t('keys.copyOf', { n: m.copyNo }) },
    {
      key: 'kind',
      title: t('keys.movements.movement'),
      render: (_, m) => t(`keys.movements.kinds.${m.kind}`),
    },
    { key: 'holder', title: t('keys.holder'), render: (_, m) => holderText(m.holder) },
    { key: 'by', title: t('keys.movements.by'), dataIndex: 'byName' },
    { key: 'cs', title: t('keys.movements.countersignedBy'), render: (_, m) => m.countersignedBy ?? '' },
    { key: 'purpose', title: t('keys.purpose'), render: (_, m) => m.purpose ?? m.reason ?? '' },
    { key: 'due', title: t('keys.dueBack'), render: (_, m) => when(m.dueBack) },
  ];

  return (
    <>
      <Form form={form} name="keyMovementsFilter" layout="inline" onFinish={search} className="page-card">
        <Form.Item name="tag" label={t('keys.movements.filterTag')}>
          <Input autoComplete="off" maxLength={20} />
        </Form.Item>
        <Form.Item name="kind" label={t('keys.movements.filterKind')}>
          <Select
            allowClear
            style={{ minWidth: 120 }}
            options={KEY_MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`keys.movements.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="dates" label={t('keys.movements.filterDates')}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="person" label={t('keys.movements.filterPerson')}>
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('keys.movements.search')}
          </Button>
          <Button onClick={() => void exportXlsx()}>{t('keys.movements.export')}</Button>
        </Space>
      </Form>
      <ErrorAlert from={[exporting, movements]} closable />
      <Table<KeyMovementView>
        rowKey="id"
        columns={columns}
        dataSource={movements.data ?? []}
        loading={movements.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        size="middle"
      />
    </>
  );
}
