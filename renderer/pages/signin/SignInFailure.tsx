import { firstFailure, type FailureSource } from '../../components/failures';
import { useErrorText } from '../../i18n/useErrorText';

/**
 * The first refusal of the sign-in screen's calls, in the current language: antd's error alert
 * in look and role, drawn before antd loads.
 */
export function SignInFailure({ from }: { from: readonly FailureSource[] }) {
  const errorText = useErrorText();
  const error = firstFailure(from);
  if (error === null || error === undefined) return null;
  return (
    <div role="alert" className="signin-failure">
      <svg className="signin-failure-icon" viewBox="0 0 16 16" aria-hidden focusable="false">
        <circle cx="8" cy="8" r="8" />
        <path d="M5.5 5.5l5 5m0-5l-5 5" />
      </svg>
      <span>{errorText(error)}</span>
    </div>
  );
}
