import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/roles';

/** The antd preset colour of each role's tag (the sign-in screen draws the same tags without antd). */
export const ROLE_TAG_COLOURS: Record<Role, string> = {
  receptionist: 'blue',
  assistant: 'cyan',
  consultant: 'green',
  deputy: 'orange',
  manager: 'volcano',
  cashier: 'gold',
  admin: 'purple',
};

export function RoleTags({ roles, id }: { roles: readonly Role[]; id?: string }) {
  const { t } = useTranslation();
  return (
    <span id={id} className="role-tags">
      {roles.map((role) => (
        <Tag key={role} color={ROLE_TAG_COLOURS[role]}>
          {t(`roles:${role}`)}
        </Tag>
      ))}
    </span>
  );
}
