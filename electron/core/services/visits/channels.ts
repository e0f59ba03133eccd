import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';

/** A visitor's channel is one of the office's walk-in channels (setting `visitChannels`). */
export function checkChannel(ctx: ReadCallContext, channel: string): void {
  if (!ctx.settings.visitChannels.includes(channel)) throw new AppError('VISIT_CHANNEL_UNKNOWN', { channel });
}
