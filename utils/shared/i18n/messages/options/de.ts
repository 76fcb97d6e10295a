import type { Messages } from '../../render';

// German: the options page. Product words: ../../glossary.ts.
export const deOptions: Messages = {
  options_page_title: 'Polarity-Optionen',
  options_lead:
    'Änderungen werden sofort gespeichert und erscheinen gleich im Symbol, im Pop-up und in Google Kalender. Alles bleibt in diesem Browser.',
  options_target_heading: 'Ziel',
  options_week_heading: 'Arbeitswoche',
  options_nudges_heading: 'Hinweise',
  options_rules_heading: 'Regeln',
  options_rules_lead:
    'Jeder Termin wird nach dem Ersten eingeordnet, das zutrifft: Ihre Kategorie am Termin, Ihre Kategorie an seiner Serie, Ihre Regeln der Reihe nach (die erste passende gilt), dann die eingebauten Stichwörter.',
  options_add_rule_heading: 'Regel hinzufügen',
  options_add_rule: 'Regel hinzufügen',
  options_keywords_heading: 'Eingebaute Stichwörter',
  options_try_heading: 'Ausprobieren',
  options_data_heading: 'Ihre Daten',

  options_settings_load_error: 'Ihre Einstellungen konnten nicht gelesen werden: $1.',
  options_settings_problem: 'Nicht gespeichert: $1.',
  options_settings_not_saved: 'Nicht gespeichert: $1. Ihre Einstellungen sind unverändert.',
  options_rules_load_error: 'Ihre Regeln konnten nicht gelesen werden: $1',
  options_rules_not_saved: 'Nicht gespeichert: $1',

  options_target_legend: 'Zielaufteilung, Umsetzung / Innovation',
  options_target_hint:
    'Die richtige Aufteilung hängt vom Umfang Ihrer Rolle ab, nicht 50/50. Das Symbol ist grün, wenn Sie Ihr Ziel erreichen oder übertreffen.',
  options_fits_90_10:
    'Neu in einer Führungsrolle oder ein kleiner Bereich, in dem vor allem Lieferung zählt.',
  options_fits_80_20:
    'Teamleitung, noch selbst mit Hand an: Der Großteil der Woche liefert, ein geschützter Block verbessert das Wie.',
  options_fits_75_25:
    'Mehrere Teams führen: wiederkehrende Umsetzungsprobleme in Checklisten, Vorlagen und Automatisierung verwandeln.',
  options_fits_60_40:
    'Ein großer Verantwortungsbereich (eine Abteilung oder mehr), in dem Ihre Aufgabe ist, einen Horizont weiter zu blicken.',
  options_custom: 'Eigene',
  options_custom_fits: 'Ihre eigene Aufteilung, wenn keine davon passt.',
  options_custom_percent: 'Innovationsanteil in Prozent',
  options_custom_error: 'Geben Sie eine ganze Zahl von $1 bis $2 ein.',
  options_target_saved: 'Ziel auf $1 gesetzt.',
  options_target_custom_saved: 'Ziel auf $1/$2 gesetzt (eigene).',

  options_week_start_label: 'Woche beginnt am',
  options_week_start_google: 'Wie in Google Kalender',
  options_week_start_saved: 'Die Woche beginnt jetzt am $1.',
  options_week_start_saved_google: 'Die Woche beginnt jetzt wie in Google Kalender.',
  options_working_days: 'Arbeitstage',
  options_day_on: '$1 ist jetzt ein Arbeitstag.',
  options_day_off: '$1 ist kein Arbeitstag mehr.',
  options_keep_one_day: 'Behalten Sie mindestens einen Arbeitstag.',
  options_working_hours: 'Arbeitszeit',
  options_hours_hint:
    'Innovation außerhalb davon zählt trotzdem; das Pop-up zeigt sie als außerhalb der Arbeitszeit.',
  options_from: 'Von',
  options_to: 'Bis',
  options_enter_time: 'Geben Sie eine Uhrzeit ein, zum Beispiel $1.',
  options_hours_order: 'Die Arbeitszeit muss nach ihrem Beginn enden.',
  options_hours_saved: 'Arbeitszeit: $1 bis $2.',

  options_nudge_me: 'Hinweise geben',
  options_nudge_overrides: 'Wenn Innovationszeit verdrängt wird',
  options_nudge_overrides_hint:
    'Ein Termin über einem Innovationsblock oder ein Block, der gelöscht, gekürzt oder aus der Woche verschoben wurde: eine Benachrichtigung und ein Hinweis in Google Kalender, einmal.',
  options_nudge_overrides_on: 'Sie erfahren es, wenn Innovationszeit verdrängt wird.',
  options_nudge_overrides_off: 'Keine Hinweise mehr, wenn Innovationszeit verdrängt wird.',
  options_nudge_next_week: 'Wenn für nächste Woche keine Innovation gebucht ist',
  options_nudge_next_week_hint:
    'Gegen Ende der Arbeitswoche eine Erinnerung, sie zu buchen, bevor jemand anderes die Zeit belegt.',
  options_nudge_next_week_on:
    'Sie werden erinnert, die Innovationszeit der nächsten Woche zu buchen.',
  options_nudge_next_week_off: 'Keine Erinnerungen mehr an die nächste Woche.',
  options_nudge_quiet: 'Ruhe außerhalb der Arbeitszeit',
  options_nudge_quiet_hint:
    'Ein Hinweis, der abends oder an einem freien Tag fällig wird, wartet auf Ihre nächste Arbeitsstunde.',
  options_nudge_quiet_on: 'Hinweise warten auf die Arbeitszeit.',
  options_nudge_quiet_off: 'Hinweise kommen zu jeder Stunde.',

  options_no_rules: 'Noch keine Regeln: Es entscheiden die eingebauten Stichwörter unten.',
  options_rule_n: 'Regel $1:',
  options_quoted: '„$1“',
  options_when_keywords: 'Titel enthält $1',
  options_when_regex: 'Titel passt zu $1',
  options_when_calendar: 'Kalender ist $1',
  options_when_color: 'Farbe ist $1',
  options_when_guests: 'mit Gästen',
  options_when_solo: 'allein (ohne Gäste)',
  options_when_time_block: 'ist ein Zeitblock (Fokuszeit, eingeplante Aufgabe)',
  options_move_up: 'Regel $1 nach oben',
  options_move_down: 'Regel $1 nach unten',
  options_edit_rule: 'Regel $1 bearbeiten',
  options_delete_rule: 'Regel $1 löschen',
  options_edit: 'Bearbeiten',
  options_delete: 'Löschen',
  options_save_rule: 'Regel $1 speichern',
  options_max_rules: 'Höchstens $1 Regeln.',
  options_rule_added: 'Regel hinzugefügt.',
  options_rule_saved: 'Regel gespeichert.',
  options_rule_moved: 'Regel an Position $1 verschoben.',
  options_rule_deleted: 'Regel gelöscht.',

  options_condition: 'Bedingung',
  options_type_keywords: 'Titel enthält ein Stichwort',
  options_type_regex: 'Titel passt zu einem regulären Ausdruck',
  options_type_calendar: 'Kalender ist',
  options_type_color: 'Terminfarbe ist',
  options_type_guests: 'Gäste',
  options_type_time_block: 'Ist ein Zeitblock (Fokuszeit, eingeplante Aufgabe)',
  options_text_keywords: 'Stichwörter, durch Kommas getrennt',
  options_text_regex: 'Regulärer Ausdruck',
  options_text_calendar: 'Kalendername',
  options_text_color: 'Farbname (wie im Kalender, z. B. Graphit)',
  options_case_sensitive: 'Groß-/Kleinschreibung beachten',
  options_the_event: 'Der Termin',
  options_has_guests: 'hat Gäste',
  options_is_solo: 'ist ohne Gäste',
  options_then: 'Dann',
  options_cancel: 'Abbrechen',
  options_no_keyword: 'Geben Sie mindestens ein Stichwort ein.',
  options_too_many_keywords: 'Verwenden Sie höchstens $1 Stichwörter in einer Regel.',
  options_keyword_too_long: 'Jedes Stichwort muss kürzer als $1 Zeichen sein.',
  options_pattern_empty: 'Der Ausdruck ist leer.',
  options_pattern_too_long: 'Der Ausdruck ist länger als $1 Zeichen.',
  options_pattern_invalid: 'Kein gültiger regulärer Ausdruck: $1',
  options_calendar_empty: 'Geben Sie einen Kalendernamen ein.',
  options_calendar_too_long: 'Der Kalendername ist zu lang.',
  options_color_empty: 'Geben Sie einen Farbnamen ein.',
  options_color_too_long: 'Der Farbname ist zu lang.',
  options_choose_category: 'Wählen Sie eine Kategorie.',

  options_keywords_label:
    'Innovations-Stichwörter (eins pro Zeile; ganze Wörter, Groß-/Kleinschreibung egal). Jeder andere Termin mit Uhrzeit ist Umsetzung; ganztägige Termine, Abwesenheiten, Arbeitsorte, Aufgaben, Feiertage und Geburtstage werden ausgeschlossen.',
  options_save_keywords: 'Stichwörter speichern',
  options_restore_keywords: 'Eingebaute Liste wiederherstellen',
  options_keywords_saved: 'Stichwörter gespeichert.',

  options_test_title: 'Titel testen',
  options_test_placeholder: 'z. B. Prototyp-Review',
  options_test_hint:
    'Regeln zu Kalender, Farbe und Gästen brauchen einen echten Termin und greifen hier deshalb nie.',

  options_storage_full_title: 'Der Speicher ist voll.',
  options_storage_full:
    'Um $1 konnte Polarity Folgendes nicht speichern: $2. Nichts Gespeichertes ging verloren oder wurde beschädigt.',
  options_storage_full_hint:
    'Geben Sie Speicherplatz frei oder behalten Sie weniger Verlauf (unten unter „Ihre Daten“). Das Symbol zeigt dies ebenfalls an, bis wieder gespeichert werden kann.',

  options_history_kept: 'Verlauf behalten',
  options_history_default: '$1 (Standard)',
  options_history_saved: 'Verlauf behalten: $1.',
  options_history_hint: 'Ältere Wochen werden täglich gelöscht. Serienkategorien bleiben.',
  options_history_confirm_title: 'Nur $1 Verlauf behalten?',
  options_history_confirm: 'Älteren Verlauf löschen',
  options_history_cancel: 'Behalten',
  options_history_body:
    'Alles vor dem $1 wird jetzt gelöscht: gespeicherte Tage, ihre Verdrängungen und Kategorien von Terminen, die nicht mehr angezeigt werden. Erstellen Sie vorher eine Sicherung, falls Sie es noch brauchen.',
  options_backup_heading: 'Sicherung',
  options_backup_hint:
    'Eine JSON-Datei mit allem: Verlauf, Kategorien, Verdrängungen, Regeln und Einstellungen. Sie bleibt auf Ihrem Computer.',
  options_backup_button: 'Alle Daten sichern',
  options_restore_heading: 'Wiederherstellen',
  options_restore_label: 'Aus einer Sicherungsdatei wiederherstellen',
  options_restore_hint:
    'Die ganze Datei wird zuerst geprüft; eine beschädigte oder fremde Datei wird abgelehnt, und nichts ändert sich.',
  options_restore_title: 'Alle Ihre Daten durch $1 ersetzen?',
  options_restore_confirm: 'Meine Daten ersetzen',
  options_restore_cancel: 'Wiederherstellung abbrechen',
  options_restore_body: 'Alles, was Polarity jetzt gespeichert hat, wird auf einmal ersetzt.',
  options_reset_heading: 'Neu beginnen',
  options_reset_button: 'Alle Daten löschen …',
  options_reset_title: 'Alle Polarity-Daten löschen?',
  options_reset_confirm: 'Alles löschen',
  options_reset_cancel: 'Meine Daten behalten',
  options_reset_body:
    'Jede gespeicherte Woche, Kategorie und Verdrängung wird aus diesem Browser gelöscht, und Regeln und Einstellungen gehen auf ihre Standardwerte zurück (auch in Ihren anderen synchronisierten Browsern). Das lässt sich nicht rückgängig machen: Erstellen Sie vorher eine Sicherung, falls Sie es noch brauchen.',
  options_working: 'Wird ausgeführt …',

  options_backup_holds: '$1 Verlauf ($2 bis $3), $4, $5, $6 und Einstellungen',
  options_backup_holds_no_days: '$1 Verlauf, $2, $3, $4 und Einstellungen',
  options_tags_one: '$1 Kategorie',
  options_tags_other: '$1 Kategorien',
  options_overrides_one: '$1 Verdrängung',
  options_overrides_other: '$1 Verdrängungen',
  options_rules_one: '$1 Regel',
  options_rules_other: '$1 Regeln',
  options_old_backup_rules:
    'keine Regeln (eine ältere Sicherung: Ihre Regeln bleiben, wie sie sind)',
  options_backup_saved: '$1 gespeichert: $2.',
  options_backup_saved_plain: '$1 gespeichert.',
  options_backup_failed: 'Sicherung fehlgeschlagen: $1.',
  options_backup_of: 'Sicherung vom $1: $2.',
  options_file_refused: 'Nicht wiederhergestellt: $1 Es wurde nichts geändert.',
  options_restore_cancelled: 'Wiederherstellung abgebrochen. Es wurde nichts geändert.',
  options_not_restored: 'Nicht wiederhergestellt: $1',
  options_restore_error: 'Nicht wiederhergestellt: $1. Es wurde nichts geändert.',
  options_restore_partial:
    'Verlauf, Kategorien und Verdrängungen wurden wiederhergestellt, Einstellungen und Regeln aber nicht: $1.',
  options_restored: '$1 wiederhergestellt.',
  options_restored_pruned_one:
    '$2 wiederhergestellt. $1 Tag, der älter ist als der behaltene Verlauf, wurde danach entfernt.',
  options_restored_pruned_other:
    '$2 wiederhergestellt. $1 Tage, die älter sind als der behaltene Verlauf, wurden danach entfernt.',
  options_nothing_deleted: 'Es wurde nichts gelöscht.',
  options_reset_refused: 'Nicht gelöscht: $1',
  options_reset_partial:
    'Der Verlauf wurde gelöscht, die Einstellungen konnten aber nicht zurückgesetzt werden: $1.',
  options_reset_done:
    'Alle Polarity-Daten wurden gelöscht; Einstellungen und Regeln sind auf ihre Standardwerte zurückgesetzt.',
  options_reset_error: 'Es wurde nichts gelöscht: $1.',
};
