import { REFLECTION_QUESTIONS } from '@/utils/domain/report/reflection-question';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { useText } from '../use-text';

/** The catalogue's name of the week's question (`popup_question_1`…), by its place in the list. */
export function questionKey(question: string): MessageKey | undefined {
  const at = REFLECTION_QUESTIONS.indexOf(question);
  return at < 0 ? undefined : (`popup_question_${at + 1}` as MessageKey);
}

/** The week's question, in the reader's language (the report carries its English words). */
export function ReflectionQuestion({ question }: { question: string }) {
  const { t } = useText();
  const key = questionKey(question);
  return (
    <section aria-labelledby="question-h" class="question">
      <h2 id="question-h">{t('popup_section_question')}</h2>
      <p>{key ? t(key) : question}</p>
    </section>
  );
}
