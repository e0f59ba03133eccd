import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/domain/roles';
import { isApiError } from '../api/client';

/**
 * Words a failure for the person at the desk: refusals by code and params in the current
 * language (role codes inside params become role names), anything else as unexpected.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const params: Record<string, string | number> = { ...error.params };
        if (typeof params.roles === 'string') {
          params.roles = params.roles
            .split(/,\s*/)
            .map((r) => ((ROLES as readonly string[]).includes(r) ? t(`roles:${r as Role}`) : r))
            .join('、');
        }
        return t(`errors:${error.code}`, params);
      }
      const reason = error instanceof Error ? error.message : String(error);
      return t('form.unexpected', { reason });
    },
    [t],
  );
}
