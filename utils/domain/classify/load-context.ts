import type { Db } from '@/utils/domain/db/schema';
import { getTags } from '@/utils/domain/db/tags';
import { getRules } from '@/utils/domain/rules/get-rules';
import { getSettings } from '@/utils/domain/settings/settings';
import type { ClassifyContext } from './classify';

/** Everything classification needs for one account: its tags, the rules, the keyword list. */
export async function loadClassifyContext(db: Db, account: number): Promise<ClassifyContext> {
  const [tags, rules, settings] = await Promise.all([
    getTags(db, account),
    getRules(),
    getSettings(),
  ]);
  return { tags, rules, innovationKeywords: settings.innovationKeywords };
}
