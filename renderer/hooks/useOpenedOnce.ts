import { useState } from 'react';

/**
 * Whether a dialog has been opened at least once. Until then it need not be in the page at all:
 * a closed antd Modal still renders itself and its portal, and a list that offers a dialog per
 * row (查看号码 beside each masked number) drew dozens of them with every page of results. Once
 * opened it stays, so it can close with its motion.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  // Set while rendering (React's pattern for state derived from props): no extra commit.
  if (open && !opened) setOpened(true);
  return opened || open;
}
