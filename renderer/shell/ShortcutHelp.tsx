import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { HELP_KEY, type Shortcut } from './shortcuts';

/** The list of keys, opened with F1 or `?`; it names only the acts this person can do. */
export function ShortcutHelp({
  open,
  shortcuts,
  onClose,
}: {
  open: boolean;
  shortcuts: readonly Shortcut[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rows: { keys: string; what: string }[] = [
    ...shortcuts.map((s) => ({ keys: s.key, what: t(s.labelKey) })),
    { keys: t('shell.switchUserShortcut'), what: t('shell.switchUser') },
    { keys: t('shortcuts.helpKeys', { key: HELP_KEY }), what: t('shortcuts.help') },
    { keys: t('shortcuts.keys.enter'), what: t('shortcuts.general.enter') },
    { keys: t('shortcuts.keys.escape'), what: t('shortcuts.general.escape') },
    { keys: t('shortcuts.keys.tab'), what: t('shortcuts.general.tab') },
    { keys: t('shortcuts.keys.arrows'), what: t('shortcuts.general.arrows') },
  ];
  return (
    <Modal open={open} title={t('shortcuts.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <table className="shortcut-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keyColumn')}</th>
            <th scope="col">{t('shortcuts.actColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.keys}>
              <td>
                <kbd className="shortcut">{r.keys}</kbd>
              </td>
              <td>{r.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
