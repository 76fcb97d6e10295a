import type { Messages } from '../../render';

// German: the popup's and the review page's words. Product words: ../../glossary.ts.
export const dePopup: Messages = {
  popup_settings: 'Einstellungen',
  popup_overrides_heading: 'Verdrängungen diese Woche',
  popup_overrides_none: 'Diese Woche wurde keine Innovationszeit verdrängt.',
  popup_override_overlap: 'Überschnitten von $1, $2 verloren',
  popup_override_deleted: 'Gelöscht, $1 verloren',
  popup_override_shortened: 'Gekürzt, $1 verloren',
  popup_override_moved: 'Aus der Woche verschoben, $1 verloren',
  popup_override_rebooked: 'Neu gebucht',
  popup_override_dismissed: 'Verworfen',
  popup_rebook: 'Neu buchen',
  popup_rebook_label: '$1 neu buchen',
  popup_next_heading: 'Nächster Schritt',
  popup_next_book:
    'Bis zu Ihrem Ziel fehlen $1 Innovationszeit. Die Woche läuft noch: Buchen Sie sie jetzt.',
  popup_next_book_action: 'Innovationszeit im Kalender buchen',
  popup_next_open_week:
    'Diese Woche ist noch nicht vollständig gesehen, die Aufteilung kann also abweichen. Öffnen Sie sie im Kalender, damit jeder Tag zählt.',
  popup_next_open_week_action: 'Diese Woche im Kalender öffnen',
  popup_next_browse:
    'Ihr Verlauf hat Lücken: Polarity zählt nur die Wochen, die Sie im Kalender öffnen. Öffnen Sie die fehlenden, um den Verlauf zu füllen.',
  popup_next_browse_action: 'Älteste fehlende Woche öffnen',
  popup_next_tag_one:
    '$1 Termin wurde automatisch eingeordnet. Prüfen Sie ihn und legen Sie die Kategorie fest, falls Polarity falschlag.',
  popup_next_tag_other:
    '$1 Termine wurden automatisch eingeordnet. Prüfen Sie sie und legen Sie die Kategorie fest, wo Polarity falschlag.',
  popup_next_tag_action: 'Prüfen und einordnen',
  popup_next_none: 'Alles in Ordnung: Diese Woche ist nichts zu tun.',
  popup_more_heading: 'Mehr zu dieser Woche',
  popup_section_blocks: 'Innovationsblöcke',
  popup_section_daily: 'Tag für Tag',
  popup_section_trend: 'Letzte $1 Wochen',
  popup_section_after_hours: 'Außerhalb der Arbeitszeit',
  popup_section_largest: 'Größte Umsetzungsposten',
  popup_section_question: 'Eine Frage für die Woche',
  popup_section_export: 'Export',
  popup_gaps_intro:
    'Polarity füllt Ihren Verlauf nur aus Wochen, die Sie im Kalender öffnen. Noch nicht vollständig gesehen:',
  popup_gap_link: '$1 ($2 von 7 Tagen gesehen)',
  popup_review: 'Diese Woche prüfen und einordnen',
  review_title: 'Prüfen und einordnen',
  review_intro:
    'Die Termine der Woche, nach Titel gruppiert. Ändern Sie einen Termin, eine ganze Serie oder alle Termine mit demselben Titel – dafür wird eine Regel gespeichert.',
  review_weeks: 'Wochen',
  review_previous: 'Vorherige Woche',
  review_next: 'Nächste Woche',
  review_filter_default: 'Nur automatisch eingeordnete Termine',
  review_loading: 'Woche wird geladen…',
  review_first_run:
    'Noch nichts gelesen. Öffnen Sie Google Kalender in der Wochenansicht und kommen Sie dann zurück.',
  review_empty:
    'Für diese Woche wurden keine Termine gesehen. Öffnen Sie sie im Kalender und kommen Sie dann zurück.',
  review_open_week: 'Diese Woche im Kalender öffnen',
  review_filter_empty:
    'Alle Termine dieser Woche sind durch eine Kategorie oder eine Regel festgelegt.',
  review_group_count: '$1 diese Woche',
  review_auto: 'Auto',
  review_no_rule: 'Keine Regel',
  review_title_rule: 'Alle Termine mit diesem Titel',
  review_title_rule_saved: 'Gespeichert als Regel $1: $2',
  review_series: 'Alle Termine der Serie',
  review_event: '$1, $2',
  review_by_default: 'automatisch eingeordnet',
  review_saved: 'Gespeichert. $1',
  review_failed: 'Nicht gespeichert: $1',
  review_rules_link: 'Alle Regeln in den Optionen',

  popup_this_week: 'Diese Woche',
  popup_last_week: 'Letzte Woche',
  popup_next_week_title: 'Nächste Woche',
  popup_weeks_ago_one: 'Vor $1 Woche',
  popup_weeks_ago_other: 'Vor $1 Wochen',
  popup_in_weeks_one: 'In $1 Woche',
  popup_in_weeks_other: 'In $1 Wochen',
  popup_weeks: 'Wochen',
  popup_previous_week: 'Vorherige Woche',
  popup_next_week: 'Nächste Woche',
  popup_back_to_this_week: 'Zurück zu „Diese Woche“',
  popup_account: 'Konto u/$1',
};
