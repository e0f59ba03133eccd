import { Form, Input, type FormItemProps } from 'antd';
import type { FormRule as Rule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  readWholeNumber,
  type WholeNumberRange,
  type WholeNumberReading,
} from '../../shared/domain/wholeNumber';

/**
 * A count typed at the desk (tickets, pieces of cash): a text field read by `readWholeNumber`,
 * never an antd InputNumber, which rounds `1.5` to 2, clamps `-2` to its minimum and puts the
 * last value back for `abc` without a word. What is wrong shows beside the field, and the form
 * does not submit, so nothing is written. The form's value stays the text as typed; read the
 * number with `wholeNumberOf` once the form has validated.
 */
export function WholeNumberItem({
  name,
  label,
  ariaLabel,
  range,
  optional = false,
  autoFocus,
  className,
  inputClassName,
}: {
  name: FormItemProps['name'];
  label?: string;
  /** The field's name for a screen reader when it has no visible label (a table cell). */
  ariaLabel?: string;
  range: WholeNumberRange;
  /** Left empty, the field means nothing (no pieces of a denomination): not an error. */
  optional?: boolean;
  autoFocus?: boolean;
  className?: string;
  inputClassName?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      className={className}
      rules={[wholeNumberRule(t, range, optional)]}
      validateFirst
    >
      <Input
        inputMode="numeric"
        autoComplete="off"
        aria-label={ariaLabel}
        autoFocus={autoFocus}
        className={inputClassName ?? 'whole-number'}
      />
    </Form.Item>
  );
}

/** The rule behind the field, for a form that lays its own field out. */
export function wholeNumberRule(t: TFunction, range: WholeNumberRange, optional = false): Rule {
  return {
    validator: (_: unknown, value: unknown) => {
      if (optional && (value === undefined || value === null || String(value).trim() === '')) {
        return Promise.resolve();
      }
      const reading = readWholeNumber(value ?? '', range);
      return reading.ok ? Promise.resolve() : Promise.reject(new Error(problemText(t, reading, range)));
    },
  };
}

function problemText(t: TFunction, reading: WholeNumberReading, range: WholeNumberRange): string {
  if (reading.ok) return '';
  return t(`numbers.${reading.problem}`, { min: range.min, max: range.max });
}

/** The number a validated field holds (an empty optional field is 0); null if it holds none. */
export function wholeNumberOf(value: unknown, range: WholeNumberRange, optional = false): number | null {
  if (optional && (value === undefined || value === null || String(value).trim() === '')) return 0;
  const reading = readWholeNumber(value ?? '', range);
  return reading.ok ? reading.value : null;
}
