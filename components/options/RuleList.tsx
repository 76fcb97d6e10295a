import { useEffect, useRef, useState } from 'preact/hooks';
import { describeCondition } from '@/utils/domain/rules/match-rule';
import type { Rule } from '@/utils/domain/rules/types';
import { CATEGORY_CHOICES, conditionOf, draftOf } from './rule-draft';
import { RuleForm } from './RuleForm';
import type { OptionsStore } from './store';

const categoryLabel = (c: Rule['category']) =>
  CATEGORY_CHOICES.find((x) => x.value === c)?.label ?? c;

/**
 * The ordered rules. Reordering is by buttons (keyboard and pointer alike);
 * focus follows the moved rule so a keyboard user can keep moving it.
 */
export function RuleList({ store, rules }: { store: OptionsStore; rules: Rule[] }) {
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
    return <p class="empty">No rules yet: the built-in keywords below decide.</p>;
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
                submitLabel={`Save rule ${n}`}
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
              <span class="rule-n">Rule {n}:</span> {describeCondition(rule.when)} →{' '}
              <strong>{categoryLabel(rule.category)}</strong>
            </span>
            <span class="rule-actions">
              <button
                type="button"
                data-action="up"
                aria-label={`Move rule ${n} up`}
                disabled={i === 0}
                onClick={() => void move(-1)}
              >
                ↑
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={`Move rule ${n} down`}
                disabled={i === rules.length - 1}
                onClick={() => void move(1)}
              >
                ↓
              </button>
              <button
                type="button"
                data-action="edit"
                aria-label={`Edit rule ${n}`}
                onClick={() => setEditing(rule.id)}
              >
                Edit
              </button>
              <button
                type="button"
                aria-label={`Delete rule ${n}`}
                onClick={() => void store.deleteRule(rule.id)}
              >
                Delete
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
