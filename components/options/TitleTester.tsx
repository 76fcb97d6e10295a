import { useState } from 'preact/hooks';
import { classify } from '@/utils/domain/classify/classify';
import type { Rule } from '@/utils/domain/rules/types';
import { CATEGORY_KEY } from './rule-text';
import { useSay } from './use-say';

/**
 * "Test a title": what the saved rules and keywords make of a timed event
 * with this title, and why. Tags are per event, so they are not part of it.
 */
export function TitleTester({ rules, keywords }: { rules: Rule[]; keywords: string[] }) {
  const { t, say } = useSay();
  const [title, setTitle] = useState('');
  const result =
    title.trim() === ''
      ? null
      : classify({ kind: 'timed', title }, { rules, innovationKeywords: keywords });
  return (
    <div class="tester">
      <label for="test-title">{t('options_test_title')}</label>
      <input
        id="test-title"
        type="text"
        value={title}
        placeholder={t('options_test_placeholder')}
        onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="test-result" role="status">
        {result && (
          <>
            <strong class={`cat ${result.category}`}>{t(CATEGORY_KEY[result.category])}</strong>
            {' · '}
            {(result.because && say(result.because)) || result.reason}
          </>
        )}
      </p>
      <p class="hint">{t('options_test_hint')}</p>
    </div>
  );
}
