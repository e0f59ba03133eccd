import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useNotifications } from '../desk/DeskContext';
import { useAction } from '../hooks/useCall';
import { useToast } from '../hooks/useToast';
import { useErrorText } from '../i18n/useErrorText';
import { NotificationList } from './NotificationList';

/** The notification area: a bell with the unread count, opening a drawer with the list. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { notifications } = useDesk();
  const items = useNotifications((s) => s.items);
  const unread = useNotifications((s) => s.unread);
  const [open, setOpen] = useState(false);
  const marking = useAction();
  const message = useToast();
  const errorText = useErrorText();
  const countId = useId();

  const markAllRead = () =>
    marking.run(() =>
      notifications
        .getState()
        .markAllRead()
        .catch((error: unknown) => message.error(errorText(error))),
    );

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined aria-hidden />}
          aria-label={t('notice.bell')}
          aria-describedby={unread > 0 ? countId : undefined}
          onClick={() => {
            setOpen(true);
            void notifications
              .getState()
              .refresh()
              .catch(() => undefined);
          }}
        />
      </Badge>
      {unread > 0 && (
        <span id={countId} className="visually-hidden">
          {t('notice.unread', { count: unread })}
        </span>
      )}
      <Drawer
        title={t('notice.drawerTitle')}
        open={open}
        onClose={() => setOpen(false)}
        extra={
          <Button onClick={() => void markAllRead()} loading={marking.busy} disabled={unread === 0}>
            {t('notice.markAllRead')}
          </Button>
        }
      >
        <NotificationList items={items} />
      </Drawer>
    </>
  );
}
