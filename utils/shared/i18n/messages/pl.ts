import { plCheck } from './check/pl';
import { plReviewServes } from './review-serves/pl';
import { plPopupMore } from './popup-more/pl';
import { plOptions } from './options/pl';
import { plLegend } from './legend/pl';
import { plWelcome } from './welcome/pl';
import type { Messages } from '../render';
import { plExport } from './export/pl';
import { plPlan } from './plan/pl';
import { plDataHealth } from './data-health/pl';
import { plPopup } from './popup/pl';
import { plPageMore } from './page/pl';
import { plReader } from './reader/pl';

// Polish. Product words: ../glossary.ts.
export const pl: Messages = {
  ...plCheck,
  ...plPageMore,
  ...plExport,
  ...plReader,
  ...plDataHealth,
  ...plPopup,
  ext_name: 'Polarity',
  ext_description:
    'Realizacja i innowacje w równowadze: tydzień z Kalendarza Google na pasku i przypomnienie, gdy ktoś zabiera czas na innowacje.',
  ext_action_title: 'Polarity',
  page_control_label: 'Kategoria Polarity',
  page_category_group: 'Kategoria',
  page_execution: 'Realizacja',
  page_innovation: 'Innowacje',
  page_exclude: 'Wyklucz',
  page_auto: 'Auto',
  page_apply_to: 'Zastosuj do',
  page_scope_event: 'To wydarzenie',
  page_scope_series: 'Wszystkie wydarzenia z serii',
  page_reading: 'Odczytywanie…',
  page_never_counted: '$1 · nigdy nie jest liczone',
  page_tag_error: 'Nie udało się zapisać kategorii. Odśwież stronę i spróbuj ponownie.',
  page_dismiss: 'Zamknij',
  page_nudges_label: 'Przypomnienia Polarity',
  reason_tag: 'Wybrane przez Ciebie',
  reason_series_tag: 'Wybrane dla serii',
  reason_rule: 'Reguła $1: $2',
  reason_keyword: 'Auto: słowo kluczowe „$1”',
  reason_no_keyword: 'Auto: brak słowa kluczowego innowacji',
  reason_allday: 'Auto: wydarzenie całodniowe',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: miejsce pracy',
  reason_out_of_office: 'Auto: poza biurem',
  reason_holiday: 'Auto: święto',
  reason_birthday: 'Auto: urodziny',
  rule_why_keyword: 'słowo kluczowe „$1”',
  rule_why_regex: 'tytuł pasuje do $1',
  rule_why_calendar: 'kalendarz „$1”',
  rule_why_color: 'kolor „$1”',
  rule_why_guests: 'z gośćmi',
  rule_why_solo: 'bez gości',
  rule_why_time_block: 'blok czasu',
  nudge_taken_title: 'Zabrano czas na innowacje: $1',
  nudge_taken_message: '$1: stracono $2.\n$3',
  nudge_cause_overlap: '„$1” nakłada się na niego',
  nudge_cause_overlap_unnamed: 'Inne wydarzenie nakłada się na niego',
  nudge_cause_deleted: 'Został usunięty',
  nudge_cause_shortened: 'Został skrócony',
  nudge_cause_moved_out: 'Został przeniesiony poza tydzień',
  nudge_rebook: 'Zarezerwuj ponownie',
  nudge_open: 'Otwórz w Kalendarzu',
  nudge_next_unseen_title: 'Przyszły tydzień: czy czas na innowacje jest zarezerwowany?',
  nudge_next_unseen_message:
    'Polarity nie widziało jeszcze przyszłego tygodnia, więc nie może tego stwierdzić. Otwórz go w Kalendarzu Google i zarezerwuj czas na innowacje, zanim tydzień się zapełni.',
  nudge_next_empty_title: 'W przyszłym tygodniu nie ma zarezerwowanego czasu na innowacje',
  nudge_next_empty_message:
    'Brak w $1 z 7 obejrzanych dni. Zarezerwuj blok, zanim ktoś inny zajmie ten czas.',
  nudge_book_time: 'Zarezerwuj czas',
  nudge_open_next_week: 'Otwórz przyszły tydzień',
  nudge_block_title: 'Czas na innowacje',
  badge_unreadable: 'Polarity$1: $2. Zapisane dane pozostają bez zmian.',
  badge_first_visit: 'Polarity$1: otwórz ten tydzień w Kalendarzu Google, aby go policzyć',
  badge_nothing_counted: 'Polarity$1: w tym tygodniu brak czasu na realizację i innowacje ($2)',
  ...plWelcome,
  ...plLegend,
  badge_account: ' (konto u/$1)',
  badge_days_seen: 'obejrzano $1 z 7 dni',
  badge_no_overrides: 'brak wyparć',
  badge_overrides_one: '$1 otwarte wyparcie czasu na innowacje',
  badge_overrides_few: '$1 otwarte wyparcia czasu na innowacje',
  badge_overrides_many: '$1 otwartych wyparć czasu na innowacje',
  badge_overrides_other: '$1 otwartego wyparcia czasu na innowacje',
  badge_after_hours: '; $1 innowacji poza godzinami pracy',
  badge_storage_full:
    'Polarity: pamięć jest pełna, więc ostatnie zmiany w kalendarzu nie zostały zapisane (nic z zapisanych danych nie przepadło). Zwolnij miejsce na dysku lub przechowuj krótszą historię w Opcjach.',
  unit_hours: '$1 godz.',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 godz. $2 min',
  ...plPlan,
  ...plReviewServes,
  ...plPopupMore,
  ...plOptions,
};
