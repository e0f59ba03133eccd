import { Input, Table, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerView } from '../../../shared/contract/customers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { clockTime } from './format';

/** Typing pauses this long before the search runs: keys stay instant, one call per pause. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Quick search by full phone number (normalised by the service) or by name, as one types. */
export function CustomerSearch() {
  const { t } = useTranslation();
  const client = useClient();
  const [results, setResults] = useState<CustomerView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // only the answer to the latest query is shown, even if an earlier one comes back later
  const latest = useRef(0);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  async function search(query: string) {
    if (timer.current) clearTimeout(timer.current);
    const asked = ++latest.current;
    setError(null);
    if (!query.trim()) return setResults(null);
    try {
      const found = await client.call('customers.search', { query });
      if (asked === latest.current) setResults(found);
    } catch (failure) {
      if (asked === latest.current) setError(failure);
    }
  }

  function typed(query: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(query), SEARCH_DEBOUNCE_MS);
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
        onChange={(e) => typed(e.target.value)}
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
