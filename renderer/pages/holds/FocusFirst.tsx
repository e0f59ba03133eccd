import { useRef, type ReactNode } from 'react';
import { firstField, useInitialFocus } from '../../hooks/useInitialFocus';

/** Mounted with its dialog, so the caret lands in the first field (or the main button). */
export function FocusFirst({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useInitialFocus(ref, (root) => firstField(root) ?? root.querySelector<HTMLElement>('.ant-btn-primary'));
  return <div ref={ref}>{children}</div>;
}
