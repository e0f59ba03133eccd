import type { FormInstance, Rule } from 'antd/es/form';

type ReadValue = FormInstance['getFieldValue'];

/**
 * "Required" for a field that only some answers call for (a discount's reason, the outsider's
 * name), decided from the form's values when they are checked. A form learns of a pick or of
 * typing on a timer, so whether the field is drawn lags a quick Enter; the field stays in the
 * form, hidden while not called for (antd still checks hidden fields), with this rule.
 *
 * `text`: spaces alone are no answer. Only for text fields — a rule that names `whitespace` at
 * all checks its value as text, and a picker's number then fails as "not a valid" value.
 */
export function requiredWhen(
  needed: (value: ReadValue) => boolean,
  { text = false, message }: { text?: boolean; message?: string } = {},
): Rule {
  return ({ getFieldValue }) => ({
    required: needed(getFieldValue),
    ...(text ? { whitespace: true } : {}),
    ...(message === undefined ? {} : { message }),
  });
}
