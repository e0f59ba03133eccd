import { lockFocus } from '@rc-component/util';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDesk, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { NamePicker, type SignInCard } from './NamePicker';
import { SignInFailure } from './SignInFailure';
import './signin.css';

/**
 * Sign-in and lock screen in one: a modal dialog over the shell rather than a page instead of
 * it, so the pages underneath stay mounted. It is the desk's first screen, so it is drawn
 * without antd (whose code and stylesheet load behind it); but it joins antd's focus trap, which
 * it takes over from any antd dialog open underneath while the desk is locked.
 */
export function SignInOverlay({
  open,
  onNamesShown,
}: {
  open: boolean;
  /** Told once the names to sign in with are on the screen (the desk then loads ahead). */
  onNamesShown?: () => void;
}) {
  // Mounted afresh at every opening: no PIN or picked name survives from last time.
  return open ? <OpenOverlay onNamesShown={onNamesShown} /> : null;
}

function OpenOverlay({ onNamesShown }: { onNamesShown?: () => void }) {
  const { t } = useTranslation();
  const locked = useSession((s) => s.locked);
  const projectName = useSession((s) => s.projectName);
  const titleId = useId();
  const trapId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  // Before the form's own effects move the caret in: the trap on top of antd's stack is this
  // dialog's, so the one of a dialog underneath no longer pulls the caret back to itself. When
  // the overlay goes, the caret goes back where it was (a field of that dialog, of the page).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const release = lockFocus(dialog, trapId);
    // The trap has put the caret on the first thing it can hold (the language switch, where an
    // arrow key would change the language): the dialog itself holds it until the form takes it.
    dialog.focus({ preventScroll: true });
    // Nothing of the work underneath scrolls beside the screen while it is up.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      release();
      document.body.style.overflow = overflow;
      if (before?.isConnected && before !== document.body) before.focus({ preventScroll: true });
    };
  }, [trapId]);

  return (
    // Opaque: the next person at the desk should not read the work of the one who locked.
    <div className="signin-overlay">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="signin-dialog"
      >
        <h1 id={titleId} className="overlay-title">
          {locked ? t('signIn.titleLocked') : t('signIn.titleSignedOut')}
        </h1>
        <div className="overlay-top">
          <span className="overlay-project">{projectName}</span>
          <LanguageSwitch />
        </div>
        <SignInForm onNamesShown={onNamesShown} />
      </div>
    </div>
  );
}

function SignInForm({ onNamesShown }: { onNamesShown?: () => void }) {
  const { t } = useTranslation();
  const { client, session } = useDesk();
  const lockedUser = useSession((s) => (s.locked ? s.user : null));
  const [roster, setRoster] = useState<SignInCard[]>([]);
  // The sign-in screen's calls are the ones a locked desk answers: plain calls, not useLoaded.
  const reading = useAction();
  const signIn = useAction();
  const [userId, setUserId] = useState<number | undefined>(lockedUser?.id);
  const [secret, setSecret] = useState('');
  // What was left out at the last submit, told under its field until it is filled.
  const [missing, setMissing] = useState({ name: false, secret: false });
  const secretRef = useRef<HTMLInputElement>(null);
  const pickLabelId = useId();
  const nameHelpId = useId();
  const secretHelpId = useId();
  const formRef = useRef<HTMLDivElement>(null);

  const read = reading.run;
  const loadRoster = useCallback(async () => {
    const cards = await read(() => client.call('auth.roster', {}));
    if (cards) setRoster(cards);
  }, [client, read]);
  useEffect(() => {
    void loadRoster();
  }, [loadRoster]);

  // The PIN when the one who locked is preselected, else the first (or picked) name.
  useInitialFocus(
    formRef,
    (root) =>
      lockedUser
        ? secretRef.current
        : root.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]'),
    [roster],
  );

  // Until the names arrive the form itself holds the caret: the dialog's focus trap would put it
  // on the first thing it can hold, the language switch, where the → a person presses to reach
  // their name changes the language instead.
  useEffect(() => {
    const root = formRef.current;
    if (!lockedUser && root && !root.contains(document.activeElement)) root.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only: useInitialFocus then takes over
  }, []);

  const namesShown = roster.length > 0;
  useEffect(() => {
    if (namesShown) onNamesShown?.();
  }, [namesShown, onNamesShown]);

  const picked = roster.find((c) => c.id === userId);
  const secretLabel = picked?.secretKind === 'password' ? t('signIn.password') : t('signIn.pin');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.busy) return;
    setMissing({ name: userId === undefined, secret: secret === '' });
    if (userId === undefined || secret === '') return;
    const input = { userId, secret };
    const next = await signIn.run(() =>
      client.call('auth.signIn', input).catch((failure: unknown) => {
        // The roster names a lock-out while it lasts: show it on the card at once.
        if (isApiError(failure) && failure.code === 'USER_LOCKED_OUT') void loadRoster();
        throw failure;
      }),
    );
    setSecret('');
    if (next) session.getState().apply(next);
    else secretRef.current?.focus();
  }

  return (
    <div ref={formRef} tabIndex={-1} className="signin-form">
      <form name="signIn" onSubmit={(event) => void submit(event)} noValidate>
        {lockedUser && <p className="signin-locked-by">{t('signIn.lockedBy', { name: lockedUser.name })}</p>}
        <h2 id={pickLabelId} className="pick-title">
          {t('signIn.pickName')}
        </h2>
        <div className="signin-field">
          <NamePicker
            roster={roster}
            labelledBy={pickLabelId}
            describedBy={missing.name ? nameHelpId : undefined}
            value={userId}
            onChange={(id) => {
              setUserId(id);
              setMissing((m) => ({ ...m, name: false }));
            }}
            onPointerPick={() => setTimeout(() => secretRef.current?.focus(), 0)}
          />
          {missing.name && (
            <div id={nameHelpId} className="signin-field-error" role="alert">
              {t('signIn.chooseFirst')}
            </div>
          )}
        </div>
        <div className="signin-field">
          <label htmlFor="signIn_secret" className="signin-label">
            {secretLabel}
          </label>
          <input
            id="signIn_secret"
            ref={secretRef}
            type="password"
            className="signin-input"
            autoComplete="off"
            inputMode={picked?.secretKind === 'password' ? 'text' : 'numeric'}
            value={secret}
            onChange={(event) => {
              setSecret(event.target.value);
              setMissing((m) => ({ ...m, secret: event.target.value === '' && m.secret }));
            }}
            aria-required="true"
            aria-invalid={missing.secret || undefined}
            aria-describedby={missing.secret ? secretHelpId : undefined}
          />
          {missing.secret && (
            <div id={secretHelpId} className="signin-field-error" role="alert">
              {t('form.required')}
            </div>
          )}
        </div>
        <SignInFailure from={[signIn, reading]} />
        <button
          type="submit"
          className="plain-button is-primary signin-submit"
          aria-busy={signIn.busy || undefined}
        >
          {signIn.busy && <span className="button-spinner" aria-hidden />}
          {t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
