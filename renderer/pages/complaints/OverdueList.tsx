import { List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverdueComplaint } from '../../../shared/contract/complaints';
import { when } from './format';

/** Complaints past a deadline, one line each: the close's review and the manager's home show it. */
export function OverdueList(props: {
  items: readonly OverdueComplaint[];
  header?: string;
  /** Opens the complaint, where the person may (the manager's home). */
  onOpen?: (complaintId: number) => void;
}) {
  const { t } = useTranslation('complaints');
  return (
    <List
      size="small"
      header={props.header}
      locale={{ emptyText: t('review.none') }}
      dataSource={[...props.items]}
      renderItem={(o) => {
        const line = t('home.line', {
          no: o.no,
          deadline: t(`deadline.${o.deadline}`),
          due: when(o.due),
          handler: o.handlerName ?? t('list.unassigned'),
        });
        return (
          <List.Item key={`${o.complaintId}-${o.deadline}`}>
            <Tag color="red">{t('status.overdue')}</Tag>
            {props.onOpen ? (
              <a
                href={`#complaint-${o.complaintId}`}
                onClick={(e) => {
                  e.preventDefault();
                  props.onOpen!(o.complaintId);
                }}
              >
                {line}
              </a>
            ) : (
              line
            )}
          </List.Item>
        );
      }}
    />
  );
}
