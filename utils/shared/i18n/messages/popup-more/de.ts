import type { Messages } from '../../render';

// German: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const dePopupMore: Messages = {
  popup_loading: 'Ihre Woche wird geladen…',
  popup_show_read: 'Zeigen, was Polarity gelesen hat',
  popup_hours: '$1 Std.',
  popup_chart_hours: '$1 h',
  popup_week_number: 'KW $1',

  popup_first_heading: 'Willkommen bei Polarity',
  popup_first_intro:
    'Polarity lernt Ihre Woche kennen, indem es Google Kalender liest, während Sie ihn ansehen.',
  popup_first_step_open: 'Öffnen Sie Google Kalender in der Wochenansicht.',
  popup_first_step_browse:
    'Blättern Sie durch die Wochen, die gezählt werden sollen: Jede angezeigte Woche wird gespeichert.',
  popup_first_step_back:
    'Kommen Sie hierher zurück, um die Aufteilung zwischen Umsetzung und Innovation zu sehen.',
  popup_first_private: 'Alles bleibt in diesem Browser. Nichts wird irgendwohin gesendet.',
  popup_first_open: 'Google Kalender öffnen',

  popup_nodata_heading: 'Für diese Woche nichts gesehen',
  popup_nodata_text:
    'Polarity zählt eine Woche, sobald Sie sie in Google Kalender angesehen haben.',
  popup_nodata_open: 'Diese Woche in Google Kalender öffnen',

  popup_load_error: 'Die Woche konnte nicht geladen werden.',
  popup_try_again: 'Erneut versuchen',
  popup_error_detail: 'Technische Details',
  popup_unreadable_note: 'Die Zahlen unten stammen aus dem, was zuvor gelesen wurde.',
  popup_storage_full: 'Der Speicher ist voll.',
  popup_storage_detail:
    'Um $1 konnte Polarity $2 nicht speichern, daher fehlen in dieser Woche möglicherweise Ihre letzten Änderungen. Nichts Gespeichertes ging verloren. Geben Sie Speicherplatz frei oder bewahren Sie in den Optionen weniger Verlauf auf.',
  popup_storage_what_tag: 'eine Kategorie',
  popup_storage_what_nudge: 'Ihre Antwort auf einen Hinweis',
  popup_storage_what_page: 'die Kalenderseite',
  popup_storage_what_change: 'eine Änderung',

  popup_daily_label: 'Umsetzung und Innovation pro Tag: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'Umsetzung $1, Innovation $2',
  popup_not_seen: 'nicht gesehen',
  popup_show_table: 'Als Tabelle anzeigen',
  popup_day: 'Tag',

  popup_blocks_none:
    'Diese Woche gibt es keinen Innovationsblock. Buchen Sie einen, bevor die Woche voll ist.',
  popup_blocks_kept_count: '$1 von $2 gehalten',
  popup_block_kept: 'Gehalten',
  popup_block_kept_double: 'Gehalten, $1 doppelt gebucht',
  popup_block_overridden: 'Verdrängt, $1 verloren',
  popup_block_overlap: 'überschnitten von $1, $2 verloren',
  popup_block_overlap_unnamed: 'überschnitten, $1 verloren',
  popup_block_deleted: 'gelöscht, $1 verloren',
  popup_block_shortened: 'gekürzt, $1 verloren',
  popup_block_moved: 'aus der Woche verschoben, $1 verloren',
  popup_block_rebooked: 'neu gebucht',
  popup_block_dismissed: 'verworfen',

  popup_after_within: 'Die gesamte Innovationszeit lag innerhalb der Arbeitszeit.',
  popup_after_outside: '$1 von $2 Innovation ($3) lagen außerhalb der Arbeitszeit.',
  popup_after_warning:
    'Innovation, die nach einem vollen Tag Umsetzung in die Abende gedrängt wird, führt in den Burn-out: Buchen Sie sie innerhalb des Arbeitstags.',

  popup_largest_series_one: 'Serie, $1-mal',
  popup_largest_series_other: 'Serie, $1-mal',
  popup_largest_repeated_one: 'wiederholt, $1-mal',
  popup_largest_repeated_other: 'wiederholt, $1-mal',

  popup_trend_label: 'Innovationsanteil pro Woche gegenüber einem Ziel von $1: $2',
  popup_trend_point: '$1: $2 ($3 von 7 Tagen gesehen)',
  popup_trend_no_data: '$1: keine Daten',
  popup_trend_note: 'Innovation in % pro Woche; die gestrichelte Linie ist Ihr Ziel von $1.',
  popup_show_list: 'Als Liste anzeigen',

  popup_export_csv: 'Diese Woche als CSV',
  popup_export_json: 'Alle Daten als JSON',
  popup_saved_file: '$1 gespeichert',
  popup_export_failed: 'Export fehlgeschlagen.',
  popup_no_page_report: 'Kein Seitenbericht.',

  popup_question_1:
    'Welcher Teil der Umsetzung dieser Woche könnte eine Checkliste oder Vorlage werden, die jemand anderes abarbeiten kann?',
  popup_question_2:
    'Als die Woche schwierig wurde: Haben Sie sich in die eigene Arbeit zurückgezogen oder haben Sie geführt?',
  popup_question_3:
    'War Ihre Innovationszeit so gebucht, dass niemand sie nehmen konnte, oder ist sie in Ihre Abende gewandert?',
  popup_question_4:
    'Passt Ihr Ziel zu Ihrer heutigen Rolle und Verantwortung, oder ist es eine Gewohnheit aus einer früheren Rolle?',
  popup_question_5:
    'Welche Ihrer Ideen ist diese Woche stecken geblieben, weil ein konkreter nächster Schritt fehlte?',
  popup_question_6:
    'Was ließe sich automatisieren, damit die gewonnene Zeit in den nächsten Horizont fließt statt in mehr Arbeit?',
  popup_question_7:
    'Wo trifft die Arbeit Ihres Teams auf die anderer Teams, und sieht Ihr Team diese Schnittstellen?',
  popup_question_8:
    'Wie hat die Umsetzung dieser Woche eine Idee genährt, und wie könnte eine Idee die Umsetzung der nächsten Woche erleichtern?',
  popup_question_9: 'Welches wiederkehrende Meeting könnte Ihr Team ohne Sie übernehmen?',
  popup_question_10:
    'Wer in Ihrem Team hat eine kleine Lücke entdeckt und eine Lösung vorgeschlagen, und haben Sie es gewürdigt?',
  popup_question_11:
    'Wenn Sie nächste Woche einen Horizont weiter blicken: Wofür würden Sie Zeit buchen?',
  popup_question_12:
    'Welche Anforderungen fühlten sich diese Woche nach Entweder-oder an, und wie könnten sie zu Sowohl-als-auch werden?',

  popup_read_back: '← Zurück zur Woche',
  popup_read_heading: 'Was Polarity gelesen hat',
  popup_read_loading: 'Der letzte Lesevorgang wird abgerufen…',
  popup_read_error: 'Polarity konnte nicht gefragt werden.',
  popup_read_none:
    'Polarity hat seit dem Start des Browsers keine Google-Kalender-Seite gelesen. Öffnen Sie eine und sehen Sie dann erneut nach.',
  popup_read_cant: 'Diese Ansicht kann nicht gelesen werden',
  popup_read_verdict_one: '$2 gelesen: $1 Termin gezählt.',
  popup_read_verdict_other: '$2 gelesen: $1 Termine gezählt.',
  popup_view_day: 'Tagesansicht',
  popup_view_week: 'Wochenansicht',
  popup_view_customday: 'Ansicht mit eigenen Tagen',
  popup_view_customweek: 'Benutzerdefinierte Wochenansicht',
  popup_view_month: 'Monatsansicht',
  popup_view_agenda: 'Terminübersicht',
  popup_view_year: 'Jahresansicht',
  popup_view_current: 'Aktuelle Ansicht',
  popup_read_not_stored:
    'Von dieser Seite wurde nichts gespeichert: Ihre Zahlen sind unverändert. Ein Seitenbericht (unten) zeigt, wie die Seite jetzt aussieht, damit es behoben werden kann.',
  popup_read_chips_found: 'Gefundene Termin-Chips',
  popup_read_chips_unread: 'Chips, die Polarity nicht lesen konnte',
  popup_read_not_counted: 'Nicht gezählt',
  popup_read_nothing: 'nichts',
  popup_read_per_day: 'Gezählt pro Tag',
  popup_read_events: 'Termine',
  popup_read_time: 'Zeit',
  popup_read_partly: 'teilweise angezeigt',
  popup_read_time_blocks_one: '($1 Zeitblock)',
  popup_read_time_blocks_other: '($1 Zeitblöcke)',
  popup_read_partly_note:
    'Teilweise angezeigt: Ein Chip dort war nicht lesbar, oder „N weitere“ verbirgt Termine. Polarity behält, was es für diese Tage gespeichert hat, und ergänzt es nur.',
  popup_read_why_heading: 'Nicht gezählt, und warum',
  popup_read_no_title: '(ohne Titel)',
  popup_why_declined: 'abgelehnt',
  popup_why_task: 'Aufgabe',
  popup_why_all_day: 'ganztägig',
  popup_why_holiday: 'Feiertag',
  popup_why_birthday: 'Geburtstag',
  popup_why_working_location: 'Arbeitsort',
  popup_why_out_of_office: 'nicht im Büro',
  popup_count_declined_one: '$1 abgelehnt',
  popup_count_declined_other: '$1 abgelehnt',
  popup_count_task_one: '$1 Aufgabe',
  popup_count_task_other: '$1 Aufgaben',
  popup_count_all_day_one: '$1 ganztägig',
  popup_count_all_day_other: '$1 ganztägig',
  popup_count_holiday_one: '$1 Feiertag',
  popup_count_holiday_other: '$1 Feiertage',
  popup_count_birthday_one: '$1 Geburtstag',
  popup_count_birthday_other: '$1 Geburtstage',
  popup_count_working_location_one: '$1 Arbeitsort',
  popup_count_working_location_other: '$1 Arbeitsorte',
  popup_count_out_of_office_one: '$1 × nicht im Büro',
  popup_count_out_of_office_other: '$1 × nicht im Büro',
  popup_read_report_heading: 'Ein Problem melden',
  popup_read_report_note:
    'Speichert den Aufbau der Seite als Datei, die Sie einem Fehlerbericht anhängen können. Jeder Titel, Name, jede Adresse, Beschreibung und ID darin wird durch einen Platzhalter ersetzt.',
  popup_read_report_save: 'Seitenbericht speichern',
  review_too_many_rules: 'Es passen höchstens $1 Regeln; entfernen Sie eine in den Optionen.',
};
