import type { Messages } from '../../render';

// Polish: the popup's and the review page's words. Product words: ../../glossary.ts.
export const plPopup: Messages = {
  popup_settings: 'Ustawienia',
  popup_overrides_heading: 'Wyparcia w tym tygodniu',
  popup_overrides_none: 'W tym tygodniu nie było wyparcia czasu na innowacje.',
  popup_override_overlap: 'Nałożyło się: $1, stracono $2',
  popup_override_deleted: 'Usunięte, stracono $1',
  popup_override_shortened: 'Skrócone, stracono $1',
  popup_override_moved: 'Przeniesione poza tydzień, stracono $1',
  popup_override_rebooked: 'Zaplanowano ponownie',
  popup_override_dismissed: 'Odrzucono',
  popup_rebook: 'Zaplanuj ponownie',
  popup_rebook_label: 'Zaplanuj ponownie: $1',
  popup_next_heading: 'Następny krok',
  popup_next_book:
    'Do celu brakuje $1 czasu na innowacje. Tydzień jeszcze trwa: zarezerwuj go teraz.',
  popup_next_book_action: 'Zarezerwuj czas na innowacje w kalendarzu',
  popup_next_open_week:
    'Ten tydzień nie został jeszcze obejrzany w całości, więc podział może być niedokładny. Otwórz go w kalendarzu, aby policzyć każdy dzień.',
  popup_next_open_week_action: 'Otwórz ten tydzień w kalendarzu',
  popup_next_browse:
    'W historii są luki: Polarity liczy tylko tygodnie otwarte w kalendarzu. Otwórz brakujące, aby uzupełnić trend.',
  popup_next_browse_action: 'Otwórz najstarszy brakujący tydzień',
  popup_next_tag_one:
    '$1 wydarzenie zostało zaklasyfikowane domyślnie. Sprawdź je i ustaw kategorię, jeśli Polarity się pomyliło.',
  popup_next_tag_few:
    '$1 wydarzenia zostały zaklasyfikowane domyślnie. Sprawdź je i ustaw kategorię tam, gdzie Polarity się pomyliło.',
  popup_next_tag_many:
    '$1 wydarzeń zostało zaklasyfikowanych domyślnie. Sprawdź je i ustaw kategorię tam, gdzie Polarity się pomyliło.',
  popup_next_tag_other:
    '$1 wydarzenia zostało zaklasyfikowanego domyślnie. Sprawdź je i ustaw kategorię tam, gdzie Polarity się pomyliło.',
  popup_next_tag_action: 'Sprawdź i sklasyfikuj',
  popup_next_none: 'Wszystko w porządku: w tym tygodniu nic nie wymaga uwagi.',
  popup_more_heading: 'Więcej o tym tygodniu',
  popup_section_blocks: 'Bloki innowacji',
  popup_section_daily: 'Dzień po dniu',
  popup_section_trend: 'Ostatnie tygodnie: $1',
  popup_section_after_hours: 'Poza godzinami pracy',
  popup_section_largest: 'Największe pozycje realizacji',
  popup_section_question: 'Pytanie na ten tydzień',
  popup_section_export: 'Eksport',
  popup_gaps_intro:
    'Polarity uzupełnia historię tylko tygodniami otwartymi w kalendarzu. Jeszcze nie obejrzane w całości:',
  popup_gap_link: '$1 (obejrzane dni: $2 z 7)',
  popup_review: 'Sprawdź i sklasyfikuj ten tydzień',
  review_title: 'Sprawdź i sklasyfikuj',
  review_intro:
    'Wydarzenia tygodnia pogrupowane według tytułu. Zmień jedno wydarzenie, całą serię lub wszystkie wydarzenia o tym samym tytule – wtedy zostanie zapisana reguła.',
  review_weeks: 'Tygodnie',
  review_previous: 'Poprzedni tydzień',
  review_next: 'Następny tydzień',
  review_filter_default: 'Tylko wydarzenia zaklasyfikowane domyślnie',
  review_loading: 'Wczytywanie tygodnia…',
  review_first_run:
    'Nic jeszcze nie odczytano. Otwórz Kalendarz Google w widoku tygodnia i wróć tutaj.',
  review_empty:
    'W tym tygodniu nie widziano żadnych wydarzeń. Otwórz go w kalendarzu i wróć tutaj.',
  review_open_week: 'Otwórz ten tydzień w kalendarzu',
  review_filter_empty: 'Wszystkie wydarzenia tego tygodnia mają kategorię lub regułę.',
  review_group_count: 'w tym tygodniu: $1',
  review_auto: 'Auto',
  review_no_rule: 'Bez reguły',
  review_title_rule: 'Wszystkie wydarzenia o tym tytule',
  review_title_rule_saved: 'Zapisano jako regułę $1: $2',
  review_series: 'Wszystkie wydarzenia z serii',
  review_event: '$1, $2',
  review_by_default: 'zaklasyfikowane domyślnie',
  review_saved: 'Zapisano. $1',
  review_failed: 'Nie zapisano: $1',
  review_rules_link: 'Wszystkie reguły w Opcjach',
};
