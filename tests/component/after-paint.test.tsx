import { afterEach, expect, test, vi } from 'vitest';
import { afterPaint } from '../../renderer/hooks/afterPaint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** afterPaint(work) under fake timers, its frames drawn by hand (`frames.shift()!(time)`). */
function afterPaintWithFakeFrames() {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const work = vi.fn();
  afterPaint(work);
  return { frames, work };
}

test('after the second frame is painted: not before, not in its frame callback; once', () => {
  const { frames, work } = afterPaintWithFakeFrames();
  expect(work).not.toHaveBeenCalled();
  frames.shift()!(0);
  vi.advanceTimersByTime(0);
  expect(work).not.toHaveBeenCalled(); // a render queued as a task may still be to come
  frames.shift()!(16);
  expect(work).not.toHaveBeenCalled(); // the frame is not painted yet inside its own callback
  vi.advanceTimersByTime(0);
  expect(work).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(1000); // the fallback finds it done
  expect(work).toHaveBeenCalledTimes(1);
});

test('a window that draws no frames (hidden) still runs it, after a short wait, once', () => {
  const { frames, work } = afterPaintWithFakeFrames();
  vi.advanceTimersByTime(149);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  frames.shift()!(0); // frames drawn late
  frames.shift()!(16);
  vi.advanceTimersByTime(10);
  expect(work).toHaveBeenCalledTimes(1);
});
