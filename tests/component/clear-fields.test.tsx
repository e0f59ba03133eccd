import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input, type FormInstance } from 'antd';
import { expect, test } from 'vitest';
import { clearFields } from '../../renderer/hooks/clearFields';

interface Values {
  phone?: string;
  partySize: string;
}

function Slip({ onForm }: { onForm: (form: FormInstance<Values>) => void }) {
  const [form] = Form.useForm<Values>();
  onForm(form);
  return (
    <Form<Values> form={form} initialValues={{ partySize: '1' }}>
      <Form.Item name="phone" label="电话" rules={[{ pattern: /^\d+$/, message: '只能是数字' }]}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="partySize" label="人数">
        <Input />
      </Form.Item>
    </Form>
  );
}

test('a saved slip is emptied for the next entry without rebuilding its fields', async () => {
  let form!: FormInstance<Values>;
  render(<Slip onForm={(f) => (form = f)} />);
  const user = userEvent.setup();
  const phone = screen.getByLabelText('电话');
  await user.type(phone, '1390abc');
  await user.clear(screen.getByLabelText('人数'));
  await user.type(screen.getByLabelText('人数'), '3');
  await act(() => form.validateFields().catch(() => undefined));
  expect(await screen.findByText('只能是数字')).toBeInTheDocument();

  act(() => clearFields(form, { partySize: '1' }));

  // The same input, emptied (antd's resetFields would have built a new one, taking the focus).
  expect(screen.getByLabelText('电话')).toBe(phone);
  expect(phone).toHaveValue('');
  expect(screen.getByLabelText('人数')).toHaveValue('1');
  expect(form.getFieldsValue(true)).toEqual({ phone: undefined, partySize: '1' });
  await waitFor(() => expect(screen.queryByText('只能是数字')).not.toBeInTheDocument());
  expect(form.isFieldsTouched()).toBe(false);
});
