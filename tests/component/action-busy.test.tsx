import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { useAction, type ActionOptions } from '../../renderer/hooks/useCall';

afterEach(() => vi.useRealTimers());

/** A button whose work ends when the test says; it counts its own redraws. */
function Work({ options, onDrawn }: { options?: ActionOptions; onDrawn: () => void }) {
  const action = useAction(options);
  onDrawn();
  return (
    <>
      <button type="button" onClick={() => void action.run(() => new Promise((r) => (finish = r)))}>
        go
      </button>
      <output aria-label="busy">{action.busy ? 'busy' : 'idle'}</output>
    </>
  );
}
let finish: (value: unknown) => void = () => undefined;

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

test('busy at once by default, idle when the work ends', async () => {
  render(<Work onDrawn={() => undefined} />);
  await act(async () => screen.getByRole('button', { name: 'go' }).click());
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('busy');
  await act(async () => finish('done'));
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('idle');
});

test('with busyAfterMs, quick work is never drawn busy: the press redraws nothing', async () => {
  vi.useFakeTimers();
  let drawn = 0;
  render(<Work options={{ busyAfterMs: 150 }} onDrawn={() => drawn++} />);
  const before = drawn;
  await act(async () => screen.getByRole('button', { name: 'go' }).click());
  expect(drawn).toBe(before);
  await advance(100);
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('idle');
  await act(async () => finish('done'));
  await advance(200);
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('idle');
});

test('with busyAfterMs, a wait a person would notice is shown busy, and idle once answered', async () => {
  vi.useFakeTimers();
  render(<Work options={{ busyAfterMs: 150 }} onDrawn={() => undefined} />);
  await act(async () => screen.getByRole('button', { name: 'go' }).click());
  await advance(160);
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('busy');
  await act(async () => finish('done'));
  expect(screen.getByRole('status', { name: 'busy' })).toHaveTextContent('idle');
});
