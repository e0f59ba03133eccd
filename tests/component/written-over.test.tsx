import { act, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useWrittenOver } from '../../renderer/hooks/useWrittenOver';

test('a write is shown over the answer at once, and the next answer replaces it', () => {
  const first = ['a'];
  const { result, rerender } = renderHook(({ data }) => useWrittenOver(data), {
    initialProps: { data: first },
  });
  expect(result.current[0]).toBe(first);

  act(() => result.current[1]((shown) => ['b', ...shown]));
  expect(result.current[0]).toEqual(['b', 'a']);
  // two writes before the re-read: the second builds on the first
  act(() => result.current[1]((shown) => ['c', ...shown]));
  expect(result.current[0]).toEqual(['c', 'b', 'a']);
  // the same answer again (a re-render) keeps what was written
  rerender({ data: first });
  expect(result.current[0]).toEqual(['c', 'b', 'a']);

  // the re-read answers: the ledger's list is shown as it is, even without the writes
  const reread = ['b', 'a'];
  rerender({ data: reread });
  expect(result.current[0]).toBe(reread);
});

test('before the first answer a write shows nothing of its own', () => {
  const { result, rerender } = renderHook(({ data }) => useWrittenOver(data), {
    initialProps: { data: undefined as number[] | undefined },
  });
  act(() => result.current[1]((shown) => [...shown, 1]));
  expect(result.current[0]).toBeUndefined();
  const answer = [7];
  rerender({ data: answer });
  expect(result.current[0]).toBe(answer);
});

test('an answer received but not yet drawn when the write comes is what the write builds on', () => {
  // A re-read asked before the sale answers in the same moment as the sale: its answer is in
  // React's queue, not yet drawn, when the sale's answer lays the sale over the list. The list
  // must show the sale on that answer, not drop it for the answer (which was read before it).
  const before = [5];
  let received: number[] = before;
  const { result, rerender } = renderHook(({ data }) => useWrittenOver(data, () => received), {
    initialProps: { data: before },
  });
  const reread = [4]; // an earlier sale, confirmed by the re-read now arriving
  received = reread;
  act(() => result.current[1]((shown) => shown.map((n) => n - 1)));
  rerender({ data: reread });
  expect(result.current[0]).toEqual([3]);
  // the write's own re-read then replaces the overlay as before
  const confirmed = [3];
  received = confirmed;
  rerender({ data: confirmed });
  expect(result.current[0]).toBe(confirmed);
});
