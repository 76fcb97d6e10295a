import { storageProblem } from '@/utils/shared/quota';
import { DEFAULT_INNOVATION_KEYWORDS } from '@/utils/domain/classify/default-keywords';
import type { Rule } from '@/utils/domain/rules/types';
import { MAX_RULES, normaliseRule } from '@/utils/domain/rules/validate-rule';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { ruleProblem } from '@/utils/domain/rules/rule-problem';
import { storeCell } from '../store-cell';

/** Where the options page reads and writes; storage in the extension, fakes in tests. */
export interface OptionsEffects {
  loadRules(): Promise<Rule[]>;
  saveRules(rules: Rule[]): Promise<void>;
  loadKeywords(): Promise<string[]>;
  saveKeywords(keywords: string[]): Promise<void>;
  /** Changes made elsewhere (another options tab, a synced device). */
  watch(onChange: () => void): () => void;
}

export interface OptionsState {
  status: 'loading' | 'ready' | 'error';
  rules: Rule[];
  keywords: string[];
  /** A failed save or load, as a sentence. */
  error?: Msg;
  /** What was last saved, for the polite status line. */
  notice?: Msg;
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;

// A full store in the reader's words; anything else in the browser's own.
const why = (e: unknown) => storageProblem(e);
const newId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** The options page's one store: state, subscribers, and every change it allows. */
export function createOptionsStore(fx: OptionsEffects) {
  const cell = storeCell<OptionsState>({ status: 'loading', rules: [], keywords: [] });
  const { set } = cell;

  async function load() {
    try {
      const [rules, keywords] = await Promise.all([fx.loadRules(), fx.loadKeywords()]);
      const before = cell.get();
      // Changed elsewhere (a restore, another tab, a synced device): our last
      // "saved" line no longer describes what is shown. Our own writes read back equal.
      const elsewhere =
        before.status === 'ready' &&
        JSON.stringify([before.rules, before.keywords]) !== JSON.stringify([rules, keywords]);
      set({ status: 'ready', rules, keywords, ...(elsewhere && { notice: undefined }) });
    } catch (e) {
      set({ status: 'error', error: msg('options_rules_load_error', String(e)) });
    }
  }

  async function saveRules(rules: Rule[], notice: Msg): Promise<Msg | null> {
    try {
      await fx.saveRules(rules);
      set({ rules, notice, error: undefined });
      return null;
    } catch (e) {
      const error = msg('options_rules_not_saved', why(e));
      set({ error });
      return error;
    }
  }

  return {
    get: cell.get,
    subscribe: cell.subscribe,
    load,
    watch: () => fx.watch(() => void load()),
    /** Null when saved; otherwise why not, and nothing is stored. */
    async addRule(draft: Omit<Rule, 'id'>): Promise<Msg | null> {
      const rule = normaliseRule({ ...draft, id: newId() });
      if (cell.get().rules.length >= MAX_RULES) return msg('options_max_rules', MAX_RULES);
      return ruleProblem(rule) ?? saveRules([...cell.get().rules, rule], msg('options_rule_added'));
    },
    async updateRule(rule: Rule): Promise<Msg | null> {
      const clean = normaliseRule(rule);
      const error = ruleProblem(clean);
      if (error) return error;
      return saveRules(
        cell.get().rules.map((r) => (r.id === rule.id ? clean : r)),
        msg('options_rule_saved'),
      );
    },
    async moveRule(id: string, delta: -1 | 1) {
      const i = cell.get().rules.findIndex((r) => r.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= cell.get().rules.length) return;
      const rules = [...cell.get().rules];
      [rules[i], rules[j]] = [rules[j]!, rules[i]!];
      await saveRules(rules, msg('options_rule_moved', j + 1));
    },
    async deleteRule(id: string) {
      await saveRules(
        cell.get().rules.filter((r) => r.id !== id),
        msg('options_rule_deleted'),
      );
    },
    async saveKeywords(keywords: string[]): Promise<Msg | null> {
      const clean = [...new Set(keywords.map((k) => k.trim()).filter((k) => k !== ''))];
      if (clean.some((k) => k.length > 100)) return msg('options_keyword_too_long', 100);
      try {
        await fx.saveKeywords(clean);
        set({ keywords: clean, notice: msg('options_keywords_saved'), error: undefined });
        return null;
      } catch (e) {
        return msg('options_rules_not_saved', why(e));
      }
    },
    resetKeywords() {
      return this.saveKeywords([...DEFAULT_INNOVATION_KEYWORDS]);
    },
  };
}
