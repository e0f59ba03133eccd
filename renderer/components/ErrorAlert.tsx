import { Alert } from 'antd';
import { useErrorText } from '../i18n/useErrorText';

/** Anything that may have failed: a call a person made (`useCall`), an answer read (`useLoaded`). */
export interface FailureSource {
  error: unknown;
  clearError(): void;
}

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
          error: props.from.find((s) => s.error !== null && s.error !== undefined)?.error,
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
