import { Button, Form, Modal, Space, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { firstField, useInitialFocus } from '../../hooks/useInitialFocus';

/**
 * The keys dialogs' frame: a form whose Enter submits, the refusal shown inside, the dialog
 * staying open until the main process accepts. The caret lands in the first field (or a
 * search box, for a person picker).
 */
export function DialogFrame<V extends object>(props: {
  name: string;
  title: string;
  open: boolean;
  submitText: string;
  onCancel: () => void;
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  form?: FormInstance<V>;
  /** Start in the first person picker rather than the first field. */
  focusPicker?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function finish(values: V) {
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={props.title} open={props.open} onCancel={props.onCancel} footer={null} destroyOnHidden>
      <Body focusPicker={props.focusPicker ?? false}>
        <Form<V>
          name={props.name}
          form={props.form}
          layout="vertical"
          onFinish={(v) => void finish(v)}
          initialValues={props.initialValues}
          requiredMark={false}
        >
          {props.children}
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={props.onCancel}>{t('form.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {props.submitText}
            </Button>
          </Space>
        </Form>
      </Body>
    </Modal>
  );
}

function Body({ focusPicker, children }: { focusPicker: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useInitialFocus(
    ref,
    (root) => (focusPicker ? root.querySelector<HTMLElement>('[role="combobox"]') : null) ?? firstField(root),
  );
  return <div ref={ref}>{children}</div>;
}
