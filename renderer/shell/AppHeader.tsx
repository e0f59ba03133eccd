import { KeyOutlined, LockOutlined, LogoutOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeOwnPinDialog } from '../components/ChangeOwnPinDialog';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NotificationBell } from '../components/NotificationBell';
import { RoleTags } from '../components/RoleTags';
import { useSession } from '../desk/DeskContext';
import { HELP_KEY } from './shortcuts';

export function AppHeader({
  onSwitchUser,
  onSignOut,
  onShortcuts,
}: {
  onSwitchUser: () => void;
  onSignOut: () => void;
  onShortcuts: () => void;
}) {
  const { t } = useTranslation();
  const projectName = useSession((s) => s.projectName);
  const user = useSession((s) => s.user);
  const [changingPin, setChangingPin] = useState(false);
  return (
    <div className="app-header">
      <Typography.Title level={1} className="app-header-project">
        {projectName}
      </Typography.Title>
      <Space size="middle" wrap className="app-header-tools">
        {user && (
          <span className="app-header-user" title={t('shell.currentUser', { name: user.name })}>
            <Typography.Text strong>{user.name}</Typography.Text> <RoleTags roles={user.roles} />
          </span>
        )}
        <NotificationBell />
        <Button
          icon={<LockOutlined aria-hidden />}
          onClick={onSwitchUser}
          aria-keyshortcuts="Control+L"
          aria-label={t('shell.switchUser')}
          title={`${t('shell.switchUser')} (${t('shell.switchUserShortcut')})`}
        >
          {t('shell.switchUser')} <kbd className="shortcut">{t('shell.switchUserShortcut')}</kbd>
        </Button>
        {user && (
          <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChangingPin(true)}>
            {t('shell.changePin')}
          </Button>
        )}
        <Button
          icon={<QuestionCircleOutlined aria-hidden />}
          onClick={onShortcuts}
          aria-keyshortcuts={HELP_KEY}
          title={`${t('shortcuts.title')} (${HELP_KEY})`}
        >
          {t('shortcuts.title')} <kbd className="shortcut">{HELP_KEY}</kbd>
        </Button>
        <Button icon={<LogoutOutlined aria-hidden />} onClick={onSignOut}>
          {t('shell.signOut')}
        </Button>
        <LanguageSwitch />
      </Space>
      <ChangeOwnPinDialog open={changingPin} onClose={() => setChangingPin(false)} />
    </div>
  );
}
