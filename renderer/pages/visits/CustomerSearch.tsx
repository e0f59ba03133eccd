import { Button, Input, Table, type TableColumnsType, type TableProps } from 'antd';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerView } from '../../../shared/contract/customers';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { CustomerComplaints } from '../complaints/CustomerComplaints';
import { RevealPhoneDialog } from '../disclosures/RevealPhoneDialog';
import { clockTime } from './format';

/** Typing pauses this long before the search runs: keys stay instant, one call per pause. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * Quick search by full phone number (normalised by the service) or by name, as one types.
 * Memoised (it takes nothing from the page): a walk-in recorded above it leaves it as it is.
 */
export const CustomerSearch = memo(function CustomerSearch() {
  const { t } = useTranslation();
  const roles = useSession((s) => s.user?.roles);
  const mayReveal = mayCall('disclosures.reveal', roles);
  const [query, setQuery] = useState('');
  const [revealing, setRevealing] = useState<CustomerView | null>(null);
  const searching = query.trim() !== '';
  // Only the answer to the latest query is shown, even if an earlier one comes back later.
  const search = useLoaded('customers.search', { query }, { enabled: searching });
  const results = searching ? (search.data ?? null) : null;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function run(next: string) {
    if (timer.current) clearTimeout(timer.current);
    if (next === query) return void search.refresh();
    // asked from the key's own handler: the request leaves before the page redraws for the query
    if (next.trim() !== '') search.askNow({ query: next });
    setQuery(next);
  }

  function typed(next: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => run(next), SEARCH_DEBOUNCE_MS);
  }

  // The same columns (the same render functions) while the language and the person's rights stay:
  // a new query leaves the rows already shown as they are until its answer comes, instead of
  // drawing each one again — each with its phone's reveal button — before the call is even made.
  const columns = useMemo<TableColumnsType<CustomerView>>(
    () => [
      { key: 'name', title: t('visits.today.customer'), dataIndex: 'name' },
      {
        key: 'phone',
        title: t('visits.walkIn.phone'),
        render: (_, c) => (
          <>
            {c.phone}
            {c.phoneMasked && mayReveal && (
              <Button
                size="small"
                type="link"
                aria-label={t('privacy:reveal.buttonOf', { name: c.name })}
                onClick={() => setRevealing(c)}
              >
                {t('privacy:reveal.button')}
              </Button>
            )}
          </>
        ),
      },
      { key: 'owner', title: t('visits.search.owner'), dataIndex: 'ownerName' },
      { key: 'visits', title: t('visits.search.visits'), dataIndex: 'visits' },
      { key: 'calls', title: t('visits.search.calls'), dataIndex: 'calls' },
      { key: 'last', title: t('visits.search.lastSeen'), render: (_, c) => clockTime(c.lastSeenAt) },
    ],
    [t, mayReveal],
  );
  const mayListComplaints = mayCall('complaints.list', roles);
  const expandable = useMemo(
    () =>
      mayListComplaints
        ? { expandedRowRender: (c: CustomerView) => <CustomerComplaints customerId={c.id} name={c.name} /> }
        : undefined,
    [mayListComplaints],
  );
  return (
    <div className="customer-search">
      <Input.Search
        aria-label={t('visits.search.label')}
        placeholder={t('visits.search.placeholder')}
        allowClear
        onChange={(e) => typed(e.target.value)}
        onSearch={run}
      />
      <ErrorAlert error={searching ? search.error : null} />
      {results && (
        <ResultsTable
          label={t('visits.search.results')}
          columns={columns}
          results={results}
          expandable={expandable}
          emptyText={t('visits.search.none')}
        />
      )}
      <RevealPhoneDialog customer={revealing} onClose={() => setRevealing(null)} />
    </div>
  );
});

/**
 * The results, drawn again only when they change: Enter on a new query redraws the search box
 * within the key's own event, and an antd Table drawn again with the same rows still walks every
 * row and cell (~20–40 ms for fifty rows on the bench's machine) before the answer can be shown.
 */
const ResultsTable = memo(function ResultsTable({
  label,
  columns,
  results,
  expandable,
  emptyText,
}: {
  label: string;
  columns: TableColumnsType<CustomerView>;
  results: CustomerView[];
  expandable: TableProps<CustomerView>['expandable'];
  emptyText: string;
}) {
  return (
    <Table<CustomerView>
      rowKey="id"
      size="small"
      aria-label={label}
      columns={columns}
      dataSource={results}
      pagination={false}
      expandable={expandable}
      locale={{ emptyText }}
    />
  );
});
