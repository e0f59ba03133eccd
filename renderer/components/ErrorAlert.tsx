import { Alert } from 'antd';
import { useErrorText } from '../i18n/useErrorText';
import { firstFailure, type FailureSource } from './failures';

type Props =
  | { error: unknown; onClose?: () => void }
  /** The first failure of several sources; closing it clears them all when `closable`. */
  | { from: readonly FailureSource[]; closable?: boolean };

/** A refusal shown where it happened, in the current language (re-worded on language switch). */
export function ErrorAlert(props: Props) {
  const errorText = useErrorText();
  const { error, onClose } =
    'from' in props
      ? {
          error: firstFailure(props.from),
          onClose: props.closable ? () => props.from.forEach((s) => s.clearError()) : undefined,
        }
      : props;
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
