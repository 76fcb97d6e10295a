import { rulesItem } from '@/utils/domain/settings/settings';
import type { Rule } from './types';
import { parseRules } from './validate-rule';

/** The stored rules, well-formed ones only. */
export async function getRules(): Promise<Rule[]> {
  return parseRules(await rulesItem.getValue());
}
