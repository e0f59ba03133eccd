import { Alert } from 'antd';
import { useErrorText } from '../i18n/useErrorText';

/** A refusal shown where it happened, in the current language (re-worded on language switch). */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const errorText = useErrorText();
  if (error === null || error === undefined) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      closable={onClose ? { onClose } : false}
      className="error-alert"
    />
  );
}
