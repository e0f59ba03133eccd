import { Button, Form, Modal, Space } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInitialFocus } from '../hooks/useInitialFocus';
import { ErrorAlert } from './ErrorAlert';

/**
 * A dialog that is one form: Enter submits, the refusal is shown inside, and the dialog stays open
 * until the main process accepts (the user dialogs, changing one's own PIN).
 */
export function DialogForm<V extends object>({
  name,
  title,
  open,
  submitText,
  onCancel,
  onSubmit,
  initialValues,
  children,
}: {
  /** Prefixes the field ids, which must stay unique while the lock screen's form is open too. */
  name: string;
  title: string;
  open: boolean;
  submitText: string;
  onCancel: () => void;
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function finish(values: V) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={title} open={open} onCancel={onCancel} footer={null} destroyOnHidden>
      <DialogBody>
        <Form<V>
          name={name}
          layout="vertical"
          onFinish={(v) => void finish(v)}
          initialValues={initialValues}
          requiredMark={false}
        >
          {children}
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={onCancel}>{t('form.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {submitText}
            </Button>
          </Space>
        </Form>
      </DialogBody>
    </Modal>
  );
}

/** Mounted with the dialog (destroyOnHidden), so the caret lands in the first field each time. */
function DialogBody({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useInitialFocus(ref);
  return <div ref={ref}>{children}</div>;
}
