import { Button, Form, Modal, Space, type FormInstance } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { firstField, useInitialFocus } from '../hooks/useInitialFocus';
import { SHOW_BUSY_AFTER_MS, useAction } from '../hooks/useCall';
import { submitCaptureIfCertain } from '../hooks/sendIfCertain';
import { useOneAtATime } from '../hooks/useOneAtATime';
import { useOpenedOnce } from '../hooks/useOpenedOnce';
import { ErrorAlert } from './ErrorAlert';

/**
 * The app's dialog that is one form: Enter submits, the submit button is busy while the main
 * process works, a refusal is shown inside, and the dialog stays open until the main process
 * accepts (`onSubmit` resolves; it throws to refuse). The caret starts in the first field, or
 * in the first person picker.
 */
export function DialogForm<V extends object>({
  name,
  title,
  open,
  submitText,
  danger,
  onCancel,
  onSubmit,
  initialValues,
  form,
  focusPicker = false,
  certain,
  children,
}: {
  /** Prefixes the field ids, which must stay unique while the lock screen's form is open too. */
  name: string;
  title: string;
  open: boolean;
  submitText: string;
  /** The act cannot be undone (a void): the submit button says so in red. */
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  /** The caller's form, when it watches or sets fields itself. */
  form?: FormInstance<V>;
  /** Start in the first person picker rather than the first field. */
  focusPicker?: boolean;
  /**
   * With the caller's `form`: whether what is typed certainly passes every rule, so that Enter
   * sends at once (see sendIfCertain); anything in doubt goes through antd's checks as usual.
   */
  certain?: (values: V) => boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = useAction({ busyAfterMs: SHOW_BUSY_AFTER_MS });
  // one submit at a time: a second Enter before the main process answers is dropped
  const send = useOneAtATime((v: V) => submit.run(() => onSubmit(v)));
  if (!useOpenedOnce(open)) return null;
  return (
    // Centred: a form dialog of up to the whole height of a 1366×768 desk screen keeps its
    // buttons in view (antd's default top of 100 px leaves 668 px for the tallest ones).
    <Modal title={title} open={open} onCancel={onCancel} footer={null} destroyOnHidden centered>
      <DialogBody focusPicker={focusPicker}>
        <Form<V>
          name={name}
          form={form}
          layout="vertical"
          onFinish={send}
          onSubmitCapture={form && certain ? submitCaptureIfCertain(form, certain, send) : undefined}
          initialValues={initialValues}
          requiredMark={false}
        >
          {children}
          <ErrorAlert error={submit.error} />
          <Space className="dialog-buttons">
            <Button onClick={onCancel}>{t('form.cancel')}</Button>
            <Button type="primary" danger={danger} htmlType="submit" loading={submit.busy}>
              {submitText}
            </Button>
          </Space>
        </Form>
      </DialogBody>
    </Modal>
  );
}

/** Mounted with the dialog (destroyOnHidden), so the caret lands where the form starts each time. */
function DialogBody({ focusPicker, children }: { focusPicker: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useInitialFocus(
    ref,
    (root) => (focusPicker ? root.querySelector<HTMLElement>('[role="combobox"]') : null) ?? firstField(root),
  );
  return <div ref={ref}>{children}</div>;
}
