import { Button, Form, Input, Modal, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDesk, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { NamePicker, type SignInCard } from './NamePicker';
import './signin.css';

/**
 * Sign-in and lock screen in one. A modal over the shell rather than a page instead of it, so
 * the pages underneath stay mounted; being an antd modal it also takes over the focus trap of
 * any dialog that was open underneath.
 */
export function SignInOverlay({
  open,
  onNamesShown,
}: {
  open: boolean;
  /** Told once the names to sign in with are on the screen (the desk then loads ahead). */
  onNamesShown?: () => void;
}) {
  const { t } = useTranslation();
  const locked = useSession((s) => s.locked);
  const projectName = useSession((s) => s.projectName);
  // A fresh form on every opening, even when it reopens during the closing animation (before
  // destroyOnHidden has dropped the old one): no PIN or picked name survives from last time.
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening((n) => n + 1);
  }
  return (
    <Modal
      open={open}
      title={
        <h1 className="overlay-title">{locked ? t('signIn.titleLocked') : t('signIn.titleSignedOut')}</h1>
      }
      footer={null}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      zIndex={1500}
      width={760}
      centered
      destroyOnHidden
      rootClassName="signin-overlay"
      // Opaque: the next person at the desk should not read the work of the one who locked.
      styles={{ mask: { background: '#1f2a44' } }}
    >
      <div className="overlay-top">
        <Typography.Text type="secondary">{projectName}</Typography.Text>
        <LanguageSwitch />
      </div>
      <SignInForm key={opening} onNamesShown={onNamesShown} />
    </Modal>
  );
}

interface Values {
  userId?: number;
  secret?: string;
}

function SignInForm({ onNamesShown }: { onNamesShown?: () => void }) {
  const { t } = useTranslation();
  const { client, session } = useDesk();
  const lockedUser = useSession((s) => (s.locked ? s.user : null));
  const [roster, setRoster] = useState<SignInCard[]>([]);
  // The sign-in screen's calls are the ones a locked desk answers: plain calls, not useLoaded.
  const reading = useAction();
  const signIn = useAction();
  const [form] = Form.useForm<Values>();
  const userId = Form.useWatch('userId', form);
  const secretRef = useRef<InputRef>(null);
  const pickLabelId = useId();

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
        ? (secretRef.current?.input ?? null)
        : root.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]'),
    [roster],
  );

  // Until the names arrive the form itself holds the caret. The dialog's focus trap would put it
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

  async function submit(values: Values) {
    if (values.userId === undefined || !values.secret) return;
    const input = { userId: values.userId, secret: values.secret };
    const next = await signIn.run(() =>
      client.call('auth.signIn', input).catch((failure: unknown) => {
        // The roster names a lock-out while it lasts: show it on the card at once.
        if (isApiError(failure) && failure.code === 'USER_LOCKED_OUT') void loadRoster();
        throw failure;
      }),
    );
    form.setFieldValue('secret', '');
    if (next) session.getState().apply(next);
    else secretRef.current?.focus();
  }

  return (
    <div ref={formRef} tabIndex={-1} className="signin-form">
      <Form<Values>
        name="signIn"
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ userId: lockedUser?.id }}
        requiredMark={false}
      >
        {lockedUser && (
          <Typography.Paragraph>{t('signIn.lockedBy', { name: lockedUser.name })}</Typography.Paragraph>
        )}
        <Typography.Title level={2} id={pickLabelId} className="pick-title">
          {t('signIn.pickName')}
        </Typography.Title>
        <Form.Item name="userId" rules={[{ required: true, message: t('signIn.chooseFirst') }]}>
          <NamePicker
            roster={roster}
            labelledBy={pickLabelId}
            onPointerPick={() => setTimeout(() => secretRef.current?.focus(), 0)}
          />
        </Form.Item>
        <Form.Item
          name="secret"
          label={secretLabel}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password
            ref={secretRef}
            visibilityToggle={false}
            autoComplete="off"
            inputMode={picked?.secretKind === 'password' ? 'text' : 'numeric'}
            size="large"
          />
        </Form.Item>
        <ErrorAlert from={[signIn, reading]} />
        <Button type="primary" htmlType="submit" size="large" block loading={signIn.busy}>
          {t('signIn.submit')}
        </Button>
      </Form>
    </div>
  );
}
