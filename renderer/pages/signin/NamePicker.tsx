import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { signInCardSchema } from '../../../shared/contract/auth';
import { RoleTags } from '../../components/RoleTags';

export type SignInCard = z.infer<typeof signInCardSchema>;

export interface NamePickerProps {
  roster: readonly SignInCard[];
  labelledBy: string;
  value?: number;
  onChange?: (userId: number) => void;
  /** Picked with the pointer: the caller moves on to the PIN (arrow keys must stay in the group). */
  onPointerPick?: () => void;
}

/**
 * The names on the sign-in screen as big cards, but underneath a native radio group: Tab in,
 * arrow keys to move, so it works without a mouse. Each radio is named by the person's name
 * alone and described by their roles.
 */
export function NamePicker({ roster, labelledBy, value, onChange, onPointerPick }: NamePickerProps) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="name-picker">
      {roster.map((card) => {
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
              <RoleTags roles={card.roles} />
              {lockedOut && (
                <Tag color="red" icon={<LockOutlined aria-hidden />}>
                  {t('signIn.lockedUntil', { until: dayjs(card.lockedUntil).format('HH:mm') })}
                </Tag>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}
