import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useServerNow } from '../../renderer/pages/holds/useServerNow';

/** Every value the hook answered, render by render. */
function Clock({ serverNow, seen }: { serverNow: string | null; seen: number[] }) {
  seen.push(useServerNow(serverNow));
  return null;
}

// The board's countdowns: a desk whose main process runs another clock than the page (a test
// desk, the bench's) showed every hold as expired for the frame that first drew it.
test("the first drawing with the main process's instant already measures against it", () => {
  const serverNow = '2026-11-23T02:00:00.000Z';
  const at = new Date(serverNow).getTime();
  const seen: number[] = [];
  const { rerender } = render(<Clock serverNow={null} seen={seen} />);
  seen.length = 0;
  rerender(<Clock serverNow={serverNow} seen={seen} />);
  expect(seen.length).toBeGreaterThan(0);
  for (const now of seen) expect(Math.abs(now - at)).toBeLessThan(1_000);

  seen.length = 0;
  render(<Clock serverNow={serverNow} seen={seen} />);
  for (const now of seen) expect(Math.abs(now - at)).toBeLessThan(1_000);
});
