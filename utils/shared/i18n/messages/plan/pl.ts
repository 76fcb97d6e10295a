import type { Messages } from '../../render';

// Polish: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const plPlan: Messages = {
  plan_badge_gap: '; plan $1%: zarezerwuj jeszcze $2, by osiągnąć $3%',
  plan_badge_on_target: '; plan $1%',
  plan_heading: 'Tydzień przed Tobą',
  plan_this_week: 'Ten tydzień',
  plan_next_week: 'Następny tydzień',
  plan_planned: 'Plan: $1% innowacji · cel $2%',
  plan_nothing_planned: 'Na razie nic nie zaplanowano.',
  plan_so_far: 'Dotąd: $1 innowacji, $2 realizacji',
  plan_ahead: 'Zaplanowane: $1 innowacji, $2 realizacji',
  plan_gap: 'Zarezerwuj jeszcze $1, by osiągnąć $2%.',
  plan_on_target: 'Zgodnie z planem cel osiągnięty.',
  plan_out_of_reach: 'Cel $1% jest nieosiągalny, dopóki zarezerwowana jest realizacja.',
  plan_unseen: 'Jeszcze nie widziany.',
  plan_open_week: 'Otwórz go w Kalendarzu Google',
  plan_days_seen: 'Plan na podstawie $1 z 7 widzianych dni.',
  plan_slots_label: 'Wolne terminy w godzinach pracy',
  plan_book_slot: 'Zarezerwuj $1',
  plan_no_slots: 'Brak wolnego terminu w godzinach pracy w widzianych dniach.',
  plan_weekly: 'Powtarzaj co tydzień',
  plan_other_hours: 'Pokaż też terminy poza godzinami pracy',
  plan_other_slots_label: 'Wolne terminy poza godzinami pracy',
  plan_booking_note:
    'Otwiera wypełnioną stronę nowego wydarzenia w Kalendarzu Google; nic nie zostanie zapisane, dopóki nie zapiszesz tego tam.',
  plan_streak_one: '$1 tydzień z rzędu zgodnie z celem',
  plan_streak_few: '$1 tygodnie z rzędu zgodnie z celem',
  plan_streak_many: '$1 tygodni z rzędu zgodnie z celem',
  plan_streak_other: '$1 tygodnia z rzędu zgodnie z celem',
  plan_streak_at_least_one: 'Co najmniej $1 tydzień z rzędu zgodnie z celem',
  plan_streak_at_least_few: 'Co najmniej $1 tygodnie z rzędu zgodnie z celem',
  plan_streak_at_least_many: 'Co najmniej $1 tygodni z rzędu zgodnie z celem',
  plan_streak_at_least_other: 'Co najmniej $1 tygodnia z rzędu zgodnie z celem',
  plan_streak_none:
    'Zeszły tydzień był poniżej celu: na razie brak serii tygodni zgodnych z celem.',
  plan_streak_kept: 'Plan tego tygodnia ją podtrzymuje.',
  plan_streak_at_risk:
    'Ten tydzień jest zaplanowany poniżej celu: zarezerwuj brakujący czas, by utrzymać serię.',
  plan_pattern_heading: 'Innowacje po godzinach, dwa tygodnie z rzędu',
  plan_pattern_weeks: 'Tydzień od $1: $2% innowacji poza godzinami pracy.',
  plan_pattern_reason:
    'Innowacje wypychane na wieczór po dniu pełnym realizacji prowadzą do wypalenia. Zarezerwuj je w dniu pracy, gdzie da się je obronić.',
  nudge_streak_title_one: 'Utrzymaj $1 tydzień zgodny z celem',
  nudge_streak_title_few: 'Utrzymaj $1 tygodnie zgodne z celem',
  nudge_streak_title_many: 'Utrzymaj $1 tygodni zgodnych z celem',
  nudge_streak_title_other: 'Utrzymaj $1 tygodnia zgodnego z celem',
  nudge_streak_message:
    'Ten tydzień jest zaplanowany na $1% przy celu $2%. Zarezerwuj jeszcze $3: $4 jest wolne.',
  nudge_streak_message_no_slot:
    'Ten tydzień jest zaplanowany na $1% przy celu $2%. Zarezerwuj jeszcze $3 przed końcem tygodnia.',
  nudge_pattern_title: 'Innowacje po godzinach, dwa tygodnie z rzędu',
  nudge_pattern_message:
    'Przez dwa tygodnie większość Twoich innowacji odbywała się poza godzinami pracy. To prowadzi do wypalenia: zarezerwuj je w dniu pracy.',
  nudge_book_slot: 'Zarezerwuj termin',
  nudge_open_week: 'Otwórz ten tydzień',
  opt_ahead_heading: 'Tydzień przed Tobą',
  opt_block_name_label: 'Tytuł bloku rezerwowanego z okienka',
  opt_block_name_hint:
    'Przyciski terminów w okienku otwierają stronę nowego wydarzenia w Kalendarzu Google z tym tytułem. Zostaw puste, by użyć domyślnego.',
  opt_block_name_saved: 'Zarezerwowane bloki będą miały tytuł „$1”.',
  opt_streak_label: 'Gdy seria tygodni zgodnych z celem ma się przerwać',
  opt_streak_hint:
    'Pod koniec tygodnia pracy, gdy ten tydzień jest zaplanowany poniżej celu: jedno przypomnienie z wolnym terminem.',
  opt_pattern_label: 'Gdy innowacje przesuwają się poza godziny pracy',
  opt_pattern_hint:
    'Raz, gdy przez dwa tygodnie z rzędu większość innowacji była poza godzinami pracy, z terminami w godzinach pracy.',
  opt_nudge_on: 'Włączone: $1.',
  opt_nudge_off: 'Wyłączone: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Służy…',
  serves_none: 'Niczemu konkretnemu',
  serves_heading: 'Innowacje, które służą realizacji',
  serves_share: '$1 z $2 innowacji w tym tygodniu służyło realizacji.',
  serves_item: '$1: $2',
  serves_empty:
    'Żadne innowacje z tego tygodnia nie są powiązane z realizacją. W Kalendarzu Google otwórz wydarzenie innowacyjne i wybierz w „Służy…”, czemu służy.',
  serves_trend_heading: 'Przez osiem tygodni',
  serves_trend_down: '$1: czas realizacji spadł po tej pracy, z $2 do $3 tygodniowo.',
  serves_trend_up: '$1: czas realizacji wzrósł po tej pracy, z $2 do $3 tygodniowo.',
  serves_trend_same: '$1: czas realizacji po tej pracy pozostał na poziomie $2 tygodniowo.',
  serves_trend_unknown: '$1: za mało tygodni przed pracą i po niej, by to ocenić.',
};
