import type { DayKey } from '@/utils/shared/types';

// Prompts drawn from the coaching essay behind the product (shared/seed): the
// two poles depend on each other, innovation needs protected calendar time,
// and the margin won on execution is spent on the next horizon.
export const REFLECTION_QUESTIONS: readonly string[] = [
  'Which part of this week’s execution could become a checklist or template someone else can run?',
  'When the week got hard, did you retreat into doing the work yourself, or did you lead it?',
  'Was your innovation time booked where nobody could take it, or did it drift into your evenings?',
  'Is your target right for your role and scope today, or is it a habit from an earlier role?',
  'Which idea of yours stalled this week for lack of a concrete next step?',
  'What could be automated, so the time saved goes to the next horizon instead of more work?',
  'Where does your team’s work meet other teams’, and does your team see those edges?',
  'How did execution this week feed an idea, and how could an idea ease next week’s execution?',
  'Which recurring meeting could your team own without you?',
  'Who on your team spotted a small gap and proposed a fix, and did you say so?',
  'If you looked one horizon further out next week, what would you book time for?',
  'Which demands felt like either/or this week, and how could they become both/and?',
];

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The same question all week, a different one the next: chosen by the week's number since 1970. */
export function reflectionQuestion(firstDay: DayKey): string {
  const [y, m, d] = firstDay.split('-').map(Number);
  // UTC calendar arithmetic: daylight saving never shifts the index.
  const week = Math.floor(Date.UTC(y!, m! - 1, d!) / WEEK_MS);
  const n = REFLECTION_QUESTIONS.length;
  return REFLECTION_QUESTIONS[((week % n) + n) % n]!;
}
