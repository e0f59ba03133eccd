import { App } from 'antd';
import { useMemo } from 'react';
import { afterPaint } from './afterPaint';

type MessageApi = ReturnType<typeof App.useApp>['message'];
type Kind = 'success' | 'info' | 'warning' | 'error';
export type Toast = { [K in Kind]: (...args: Parameters<MessageApi[K]>) => void };

/**
 * antd's toasts (App.useApp().message), each opened after the next paint (afterPaint): a toast
 * confirms an act whose result is already on the page — the new row, the stock one lower — and
 * opened in the same frame, its measuring and motion laid the page out once more before that
 * result could be drawn (~5 ms of a walk-in's 80 on the five-year office).
 */
export function useToast(): Toast {
  const { message } = App.useApp();
  return useMemo(
    () => ({
      success: (...args) => afterPaint(() => void message.success(...args)),
      info: (...args) => afterPaint(() => void message.info(...args)),
      warning: (...args) => afterPaint(() => void message.warning(...args)),
      error: (...args) => afterPaint(() => void message.error(...args)),
    }),
    [message],
  );
}
