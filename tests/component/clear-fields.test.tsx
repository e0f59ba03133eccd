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

/** An input that counts how often it is drawn. */
function CountedInput(props: {
  value?: string;
  onChange?: (e: unknown) => void;
  id?: string;
  draws: number[];
}) {
  const { draws, ...input } = props;
  draws.push(1);
  return <input {...input} value={input.value ?? ''} onChange={(e) => input.onChange?.(e)} />;
}

test('only the fields that differ from a fresh slip are set: the others are not drawn again', async () => {
  let form!: FormInstance<Values & { name?: string; notes?: string }>;
  const draws = { name: [] as number[], notes: [] as number[], partySize: [] as number[] };
  function Wide() {
    const [f] = Form.useForm<Values & { name?: string; notes?: string }>();
    form = f;
    return (
      <Form form={f} initialValues={{ partySize: '1' }}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写' }]}>
          <CountedInput draws={draws.name} />
        </Form.Item>
        <Form.Item name="notes" label="备注">
          <CountedInput draws={draws.notes} />
        </Form.Item>
        <Form.Item name="partySize" label="人数">
          <CountedInput draws={draws.partySize} />
        </Form.Item>
      </Form>
    );
  }
  render(<Wide />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('备注'), '看样板房');
  // the name checked while empty: its message must go too, though its value is already fresh
  await act(() => form.validateFields(['name']).catch(() => undefined));
  expect(await screen.findByText('请填写')).toBeInTheDocument();
  const before = { name: draws.name.length, notes: draws.notes.length, partySize: draws.partySize.length };

  act(() => clearFields(form, { partySize: '1' }));

  expect(screen.getByLabelText('备注')).toHaveValue('');
  await waitFor(() => expect(screen.queryByText('请填写')).not.toBeInTheDocument());
  expect(draws.notes.length).toBeGreaterThan(before.notes);
  expect(draws.name.length).toBeGreaterThan(before.name);
  expect(draws.partySize.length).toBe(before.partySize); // untouched, as fresh: left alone
  expect(form.getFieldsValue(true)).toEqual({ name: undefined, notes: undefined, partySize: '1' });
  expect(form.isFieldsTouched()).toBe(false);
});
