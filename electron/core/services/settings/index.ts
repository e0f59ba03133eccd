import type { Settings } from '../../../../shared/contract/settings';
import type { CallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';

/**
 * Settings are a small mutable table, every change audited; the router reads them for each call
 * (core/settings.ts), absent keys taking the defaults.
 */
export async function writeSettings(ctx: CallContext, changes: Partial<Settings>): Promise<Settings> {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    await ctx.writer.upsert('settings', { key, value: JSON.stringify(value) });
  }
  // what the rows now say, without reading them back: the call's settings with the changes
  // (the router checks the answer against the contract)
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return { ...ctx.settings, ...defined };
}

export const settingsHandlers: HandlersOf<'settings'> = {
  // the router read them at the start of this call's transaction
  'settings.get': (_input, ctx) => ctx.settings,
  'settings.update': (input, ctx) => writeSettings(ctx, input),
};

export const settingsService: ServiceModule<'settings'> = {
  handlers: settingsHandlers,
};
