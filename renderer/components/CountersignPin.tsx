import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaded } from '../hooks/usePolled';

/** A field no form has: the person is given as `personId` instead. */
const NO_PERSON_FIELD = ['__countersignPinPerson'];

/**
 * The PIN field of a second person (a countersign, a signature, an approval): under it, how many
 * wrong PINs that person may still type before the lock-out, or until when they are locked out
 * (SPEC §1: five wrong in a row lock for ten minutes). Read again when another person is picked,
 * when the field is entered and when it is emptied to type again, so a try just spent is counted. The person is the
 * value of `personField` in the surrounding form, or a fixed `personId`.
 */
export function CountersignPin({
  name,
  label,
  rules,
  personField,
  personId,
  help,
  className,
  inputClassName,
  autoFocus,
  hidden = false,
  numeric = false,
}: {
  name: NamePath;
  label: ReactNode;
  rules?: Rule[];
  personField?: NamePath;
  personId?: number | null;
  /** A line of its own shown above the tries left. */
  help?: ReactNode;
  className?: string;
  inputClassName?: string;
  autoFocus?: boolean;
  /** Kept in the form but not shown (a hidden field is still checked by its rules). */
  hidden?: boolean;
  numeric?: boolean;
}) {
  const watched = Form.useWatch<number | undefined>(personField ?? NO_PERSON_FIELD);
  const who = personId ?? (personField === undefined ? undefined : watched);
  const { text, refresh } = usePinTriesLeft(who);
  // A PIN emptied (the dialog clears it after a refusal, or the person clears it to type again)
  // is about to be typed again: the count is asked again, a wrong try just spent included.
  const typed = Form.useWatch<string | undefined>(name);
  const hadTyped = useRef(false);
  useEffect(() => {
    const now = Boolean(typed);
    if (hadTyped.current && !now) refresh();
    hadTyped.current = now;
  }, [typed, refresh]);
  const extra =
    help && text ? (
      <>
        <div>{help}</div>
        <div>{text}</div>
      </>
    ) : (
      (help ?? text)
    );
  return (
    <Form.Item name={name} label={label} rules={rules} extra={extra} className={className} hidden={hidden}>
      <Input.Password
        autoComplete="off"
        autoFocus={autoFocus}
        inputMode={numeric ? 'numeric' : undefined}
        className={inputClassName}
        onFocus={refresh}
      />
    </Form.Item>
  );
}

/** The tries-left line for one person, from the sign-in roster (which carries them). */
export function usePinTriesLeft(userId: number | null | undefined): {
  text: string | undefined;
  refresh: () => void;
} {
  const { t } = useTranslation();
  const picked = userId !== null && userId !== undefined;
  const roster = useLoaded('auth.roster', {}, { enabled: picked });
  const { refresh: reread } = roster;
  useEffect(() => {
    if (picked) void reread();
  }, [userId, picked, reread]);
  const person = picked ? roster.data?.find((p) => p.id === userId) : undefined;
  const text = !person
    ? undefined
    : person.lockedUntil
      ? t('pin.lockedOut', { name: person.name, until: dayjs(person.lockedUntil).format('HH:mm') })
      : t('pin.triesLeft', { name: person.name, count: person.triesLeft });
  return { text, refresh: useCallback(() => void reread(), [reread]) };
}
