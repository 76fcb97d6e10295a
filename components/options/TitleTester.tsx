import { useState } from 'preact/hooks';
import { classify } from '@/utils/domain/classify/classify';
import type { Rule } from '@/utils/domain/rules/types';
import { CATEGORY_LABEL } from '@/utils/domain/rules/types';

/**
 * "Test a title": what the saved rules and keywords make of a timed event
 * with this title, and why. Tags are per event, so they are not part of it.
 */
export function TitleTester({ rules, keywords }: { rules: Rule[]; keywords: string[] }) {
  const [title, setTitle] = useState('');
  const result =
    title.trim() === ''
      ? null
      : classify({ kind: 'timed', title }, { rules, innovationKeywords: keywords });
  return (
    <div class="tester">
      <label for="test-title">Test a title</label>
      <input
        id="test-title"
        type="text"
        value={title}
        placeholder="e.g. Prototype review"
        onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="test-result" role="status">
        {result && (
          <>
            <strong class={`cat ${result.category}`}>{CATEGORY_LABEL[result.category]}</strong>
            {' · '}
            {result.reason}
          </>
        )}
      </p>
      <p class="hint">
        Calendar, colour and guest rules need a real event, so they never match here.
      </p>
    </div>
  );
}
