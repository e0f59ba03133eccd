import { List, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../shared/contract/messages';

/** Messages not yet called back, as the handover and the close's review list them (000:683). */
export function OpenMessagesList({ items }: { items: MessageView[] }) {
  const { t } = useTranslation('privacy');
  return (
    <List
      size="small"
      header={t('messages.open')}
      locale={{ emptyText: t('messages.openEmpty') }}
      dataSource={items}
      rowKey={(m) => m.id}
      renderItem={(m) => (
        <List.Item>
          {t('messages.line', {
            by: dayjs(m.callBackBy).format('MM-DD HH:mm'),
            caller: m.callerName,
            name: m.forName,
            about: m.about,
          })}{' '}
          {m.overdue && <Tag color="red">{t('messages.overdue')}</Tag>}
        </List.Item>
      )}
    />
  );
}
