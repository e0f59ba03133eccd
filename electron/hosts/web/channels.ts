import { z } from 'zod';
import type { CallDef } from '../../../shared/contract';

export interface ChannelListing {
  channel: string;
  summary: string;
  access: CallDef['access'];
  mutates: boolean;
  countersign: { roles: readonly string[] } | null;
  input: unknown;
  output: unknown;
}

/** What `GET /rpc` answers: every channel with its roles and the JSON Schema of its input. */
export function listChannels(
  definition: (channel: string) => CallDef | undefined,
  channels: string[],
): ChannelListing[] {
  return channels.map((channel) => {
    const def = definition(channel)!;
    return {
      channel,
      summary: def.summary,
      access: def.access,
      mutates: def.mutates,
      countersign: def.countersign ?? null,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
    };
  });
}
