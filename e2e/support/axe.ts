import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Finding = {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
};

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page as it is now. `skipRules` leaves
 * rules out where another scan of the same screens covers them (each caller says why).
 */
export const seriousViolations = async (
  page: Page,
  { skipRules = [] }: { skipRules?: string[] } = {},
): Promise<Finding[]> => {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (skipRules.length > 0 ? builder.disableRules(skipRules) : builder).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
};
