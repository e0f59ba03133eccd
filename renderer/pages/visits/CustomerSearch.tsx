import { Input, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerView } from '../../../shared/contract/customers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { clockTime } from './format';

/** Quick search by full phone number (normalised by the service) or by name. */
export function CustomerSearch() {
  const { t } = useTranslation();
  const client = useClient();
  const [results, setResults] = useState<CustomerView[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function search(query: string) {
    setError(null);
    if (!query.trim()) return setResults(null);
    try {
      setResults(await client.call('customers.search', { query }));
    } catch (failure) {
      setError(failure);
    }
  }

  const columns: TableColumnsType<CustomerView> = [
    { key: 'name', title: t('visits.today.customer'), dataIndex: 'name' },
    { key: 'phone', title: t('visits.walkIn.phone'), dataIndex: 'phone' },
    { key: 'owner', title: t('visits.search.owner'), dataIndex: 'ownerName' },
    { key: 'visits', title: t('visits.search.visits'), dataIndex: 'visits' },
    { key: 'calls', title: t('visits.search.calls'), dataIndex: 'calls' },
    { key: 'last', title: t('visits.search.lastSeen'), render: (_, c) => clockTime(c.lastSeenAt) },
  ];
  return (
    <div className="customer-search">
      <Input.Search
        aria-label={t('visits.search.label')}
        placeholder={t('visits.search.placeholder')}
        allowClear
        onSearch={(q) => void search(q)}
      />
      <ErrorAlert error={error} />
      {results && (
        <Table<CustomerView>
          rowKey="id"
          size="small"
          aria-label={t('visits.search.results')}
          columns={columns}
          dataSource={results}
          pagination={false}
          locale={{ emptyText: t('visits.search.none') }}
        />
      )}
    </div>
  );
}
