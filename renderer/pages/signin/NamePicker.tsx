import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { signInCardSchema } from '../../../shared/contract/auth';
import { ROLES, type Role } from '../../../shared/domain/vocab';

export type SignInCard = z.infer<typeof signInCardSchema>;

export interface NamePickerProps {
  roster: readonly SignInCard[];
  labelledBy: string;
  /** The message under the names, while there is one (nobody picked at a submit). */
  describedBy?: string;
  value?: number;
  onChange?: (userId: number) => void;
  /** Picked with the pointer: the caller moves on to the PIN (arrow keys must stay in the group). */
  onPointerPick?: () => void;
}

/** Names in the order the desk looks for them: by role (the roles' own order), then by pinyin. */
export function groupByRole(roster: readonly SignInCard[]): { role: Role; cards: SignInCard[] }[] {
  const collator = new Intl.Collator('zh-CN');
  const rank = (card: SignInCard) => Math.min(...card.roles.map((r) => ROLES.indexOf(r)), ROLES.length);
  const groups = new Map<Role, SignInCard[]>();
  for (const card of [...roster].sort((a, b) => collator.compare(a.name, b.name))) {
    const role = ROLES[rank(card)] ?? 'admin';
    groups.set(role, [...(groups.get(role) ?? []), card]);
  }
  return ROLES.filter((role) => groups.has(role)).map((role) => ({ role, cards: groups.get(role)! }));
}

/**
 * The names on the sign-in screen as big cards grouped by role, but underneath one native radio
 * group: Tab in, arrow keys to move, so it works without a mouse. Each radio is named by the
 * person's name alone and described by their roles. Drawn without antd (the first screen); the
 * role and lock-out badges look like antd's tags of the same colours (signin.css).
 */
export function NamePicker({
  roster,
  labelledBy,
  describedBy,
  value,
  onChange,
  onPointerPick,
}: NamePickerProps) {
  const { t } = useTranslation();
  const base = useId();
  const card = (card: SignInCard) => {
    const nameId = `${base}-${card.id}-name`;
    const infoId = `${base}-${card.id}-info`;
    // The roster names a lock-out only while it lasts, by the main process's clock.
    const lockedOut = card.lockedUntil !== null;
    const checked = value === card.id;
    return (
      <label
        key={card.id}
        className={`name-card${checked ? ' is-checked' : ''}${lockedOut ? ' is-locked-out' : ''}`}
        onPointerUp={onPointerPick}
      >
        <input
          type="radio"
          className="covering-radio"
          name={`${base}-who`}
          value={card.id}
          checked={checked}
          onChange={() => onChange?.(card.id)}
          aria-labelledby={nameId}
          aria-describedby={infoId}
        />
        <span id={nameId} className="name-card-name">
          {card.name}
        </span>
        <span id={infoId} className="name-card-info">
          <span className="name-card-roles">
            {card.roles.map((role) => (
              <span key={role} className={`signin-tag signin-tag-${role}`}>
                {t(`roles:${role}`)}
              </span>
            ))}
          </span>
          {lockedOut && (
            <span className="signin-tag signin-tag-locked-out">
              <svg className="signin-tag-icon" viewBox="0 0 16 16" aria-hidden focusable="false">
                <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" />
                <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
              </svg>
              {t('signIn.lockedUntil', { until: dayjs(card.lockedUntil).format('HH:mm') })}
            </span>
          )}
        </span>
      </label>
    );
  };
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={describedBy ? true : undefined}
      className="name-picker-groups"
    >
      {groupByRole(roster).map(({ role, cards }) => (
        <div key={role} role="group" aria-labelledby={`${base}-${role}`} className="name-picker-group">
          <div id={`${base}-${role}`} className="name-picker-role">
            {t(`roles:${role}`)}
          </div>
          <div className="name-picker">{cards.map(card)}</div>
        </div>
      ))}
    </div>
  );
}
