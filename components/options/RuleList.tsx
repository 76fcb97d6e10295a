import { useEffect, useRef, useState } from 'preact/hooks';
import type { Rule } from '@/utils/domain/rules/types';
import { conditionOf, draftOf } from './rule-draft';
import { RuleForm } from './RuleForm';
import { CATEGORY_KEY, describeWhen } from './rule-text';
import type { OptionsStore } from './store';
import { useSay } from './use-say';

/**
 * The ordered rules. Reordering is by buttons (keyboard and pointer alike);
 * focus follows the moved rule so a keyboard user can keep moving it.
 */
export function RuleList({ store, rules }: { store: OptionsStore; rules: Rule[] }) {
  const { t, say } = useSay();
  const [editing, setEditing] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusAfter) return;
    const li = list.current?.querySelector(`[data-rule="${CSS.escape(focusAfter.id)}"]`);
    const target =
      li?.querySelector<HTMLButtonElement>(`[data-action="${focusAfter.action}"]:not(:disabled)`) ??
      li?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    target?.focus();
    setFocusAfter(null);
  }, [rules, focusAfter]);

  if (rules.length === 0) {
    return <p class="empty">{t('options_no_rules')}</p>;
  }
  return (
    <ol class="rules" ref={list}>
      {rules.map((rule, i) => {
        const n = i + 1;
        if (editing === rule.id) {
          return (
            <li key={rule.id} data-rule={rule.id}>
              <RuleForm
                id={`edit-${rule.id}`}
                initial={draftOf(rule)}
                submitLabel={t('options_save_rule', n)}
                onCancel={() => setEditing(null)}
                onSubmit={async (d) => {
                  const error = await store.updateRule({
                    id: rule.id,
                    when: conditionOf(d),
                    category: d.category,
                  });
                  if (!error) {
                    setEditing(null);
                    setFocusAfter({ id: rule.id, action: 'edit' });
                  }
                  return error;
                }}
              />
            </li>
          );
        }
        const move = async (delta: -1 | 1) => {
          await store.moveRule(rule.id, delta);
          setFocusAfter({ id: rule.id, action: delta < 0 ? 'up' : 'down' });
        };
        return (
          <li key={rule.id} data-rule={rule.id}>
            <span class="rule-text">
              <span class="rule-n">{t('options_rule_n', n)}</span> {describeWhen(rule.when, say)} →{' '}
              <strong>{t(CATEGORY_KEY[rule.category])}</strong>
            </span>
            <span class="rule-actions">
              <button
                type="button"
                data-action="up"
                aria-label={t('options_move_up', n)}
                disabled={i === 0}
                onClick={() => void move(-1)}
              >
                ↑
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={t('options_move_down', n)}
                disabled={i === rules.length - 1}
                onClick={() => void move(1)}
              >
                ↓
              </button>
              <button
                type="button"
                data-action="edit"
                aria-label={t('options_edit_rule', n)}
                onClick={() => setEditing(rule.id)}
              >
                {t('options_edit')}
              </button>
              <button
                type="button"
                aria-label={t('options_delete_rule', n)}
                onClick={() => void store.deleteRule(rule.id)}
              >
                {t('options_delete')}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
