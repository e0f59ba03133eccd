import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.x A and AA: what the acceptance runs and what an office's IT may be asked to meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** For a contrast finding, the colours axe measured, so the fix can be chosen without a rerun. */
function contrast(data: unknown): string {
  const d = data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null | undefined;
  return d?.fgColor ? ` (${d.fgColor} on ${d.bgColor}: ${d.contrastRatio})` : '';
}

/**
 * Runs axe on whatever the page shows now (any page, any dialog open over it) and returns the
 * serious and critical findings, one line each, so a failing assertion reads as a to-do list.
 * Moderate and minor findings are returned only when asked for.
 */
export async function axeFindings(
  page: Page,
  options: { include?: string; minor?: boolean } = {},
): Promise<AxeFinding[]> {
  // AXE_ALL=1 runs axe's whole rule set, best practices included, as an auditor's default run.
  let builder = new AxeBuilder({ page });
  if (!process.env.AXE_ALL) builder = builder.withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => options.minor || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}${contrast(n.any[0]?.data)}`),
    }));
}
