import type { Messages } from '../../render';

// Dutch: the options page. Product words: ../../glossary.ts.
export const nlOptions: Messages = {
  options_page_title: 'Polarity-opties',
  options_lead:
    'Wijzigingen worden meteen opgeslagen en zijn direct te zien op het pictogram, in het Polarity-venster en in Google Agenda. Alles blijft in deze browser.',
  options_target_heading: 'Doel',
  options_week_heading: 'Werkweek',
  options_nudges_heading: 'Meldingen',
  options_rules_heading: 'Regels',
  options_rules_lead:
    'Elke afspraak wordt ingedeeld door het eerste dat van toepassing is: jouw categorie op de afspraak, jouw categorie op de reeks, jouw regels op volgorde (de eerste die past, telt), daarna de ingebouwde trefwoorden.',
  options_add_rule_heading: 'Een regel toevoegen',
  options_add_rule: 'Regel toevoegen',
  options_keywords_heading: 'Ingebouwde trefwoorden',
  options_try_heading: 'Uitproberen',
  options_data_heading: 'Je gegevens',

  options_settings_load_error: 'Je instellingen konden niet worden gelezen: $1.',
  options_settings_problem: 'Niet opgeslagen: $1.',
  options_settings_not_saved: 'Niet opgeslagen: $1. Je instellingen zijn ongewijzigd.',
  options_rules_load_error: 'Je regels konden niet worden gelezen: $1',
  options_rules_not_saved: 'Niet opgeslagen: $1',

  options_target_legend: 'Doelverdeling, uitvoering / innovatie',
  options_target_hint:
    'De juiste verdeling hangt af van de reikwijdte van je rol, niet van 50/50. Het pictogram is groen als je je doel haalt of overtreft.',
  options_fits_90_10:
    'Nieuw in een leidinggevende rol, of een klein gebied waar belanghebbenden vooral levering waarderen.',
  options_fits_80_20:
    'Teamleider die nog zelf meewerkt: het grootste deel van de week levert, één beschermd blok verbetert het hoe.',
  options_fits_75_25:
    'Meerdere teams leiden: terugkerende uitvoeringsproblemen omzetten in checklists, sjablonen en automatisering.',
  options_fits_60_40:
    'Een breed gebied (een afdeling of meer), waar je taak is een horizon verder te kijken.',
  options_custom: 'Aangepast',
  options_custom_fits: 'Je eigen verdeling, als geen van deze past.',
  options_custom_percent: 'Aandeel innovatie, in procenten',
  options_custom_error: 'Voer een geheel getal van $1 tot $2 in.',
  options_target_saved: 'Doel ingesteld op $1.',
  options_target_custom_saved: 'Doel ingesteld op $1/$2 (aangepast).',

  options_week_start_label: 'Week begint op',
  options_week_start_google: 'Zoals Google Agenda het toont',
  options_week_start_saved: 'De week begint nu op $1.',
  options_week_start_saved_google: 'De week begint nu zoals Google Agenda het toont.',
  options_working_days: 'Werkdagen',
  options_day_on: '$1 is nu een werkdag.',
  options_day_off: '$1 is geen werkdag meer.',
  options_keep_one_day: 'Houd minstens één werkdag.',
  options_working_hours: 'Werktijden',
  options_hours_hint:
    'Innovatie daarbuiten telt ook mee; het Polarity-venster toont die als buiten werktijd.',
  options_from: 'Van',
  options_to: 'Tot',
  options_enter_time: 'Voer een tijd in, bijvoorbeeld $1.',
  options_hours_order: 'Werktijden moeten eindigen na het begin.',
  options_hours_saved: 'Werktijden: $1 tot $2.',

  options_nudge_me: 'Meld het mij',
  options_nudge_overrides: 'Als innovatietijd wordt ingenomen',
  options_nudge_overrides_hint:
    'Een vergadering over een innovatieblok heen, of een blok dat is verwijderd, ingekort of uit de week verplaatst: één melding en een notitie in Google Agenda.',
  options_nudge_overrides_on: 'Je krijgt een melding als innovatietijd wordt ingenomen.',
  options_nudge_overrides_off: 'Geen meldingen meer als innovatietijd wordt ingenomen.',
  options_nudge_next_week: 'Als er volgende week geen innovatie is gepland',
  options_nudge_next_week_hint:
    'Laat in de werkweek één herinnering om die te plannen voordat iemand anders de tijd vastlegt.',
  options_nudge_next_week_on:
    'Je krijgt een herinnering om de innovatietijd van volgende week te plannen.',
  options_nudge_next_week_off: 'Geen herinneringen meer over volgende week.',
  options_nudge_quiet: 'Stil buiten werktijd',
  options_nudge_quiet_hint:
    'Een melding die ’s avonds of op een vrije dag opkomt, wacht tot je volgende werkuur.',
  options_nudge_quiet_on: 'Meldingen wachten op werktijd.',
  options_nudge_quiet_off: 'Meldingen komen op elk uur.',

  options_no_rules: 'Nog geen regels: de ingebouwde trefwoorden hieronder beslissen.',
  options_rule_n: 'Regel $1:',
  options_quoted: '‘$1’',
  options_when_keywords: 'titel bevat $1',
  options_when_regex: 'titel past bij $1',
  options_when_calendar: 'agenda is $1',
  options_when_color: 'kleur is $1',
  options_when_guests: 'met gasten',
  options_when_solo: 'alleen (geen gasten)',
  options_when_time_block: 'is een tijdblok (focustijd, ingeplande taak)',
  options_move_up: 'Regel $1 omhoog',
  options_move_down: 'Regel $1 omlaag',
  options_edit_rule: 'Regel $1 bewerken',
  options_delete_rule: 'Regel $1 verwijderen',
  options_edit: 'Bewerken',
  options_delete: 'Verwijderen',
  options_save_rule: 'Regel $1 opslaan',
  options_max_rules: 'Hoogstens $1 regels.',
  options_rule_added: 'Regel toegevoegd.',
  options_rule_saved: 'Regel opgeslagen.',
  options_rule_moved: 'Regel verplaatst naar positie $1.',
  options_rule_deleted: 'Regel verwijderd.',

  options_condition: 'Voorwaarde',
  options_type_keywords: 'Titel bevat een trefwoord',
  options_type_regex: 'Titel past bij een reguliere expressie',
  options_type_calendar: 'Agenda is',
  options_type_color: 'Kleur van de afspraak is',
  options_type_guests: 'Gasten',
  options_type_time_block: 'Is een tijdblok (focustijd, ingeplande taak)',
  options_text_keywords: 'Trefwoorden, gescheiden door komma’s',
  options_text_regex: 'Reguliere expressie',
  options_text_calendar: 'Naam van de agenda',
  options_text_color: 'Naam van de kleur (zoals Agenda die toont, bijv. Grafiet)',
  options_case_sensitive: 'Hoofdlettergevoelig',
  options_the_event: 'De afspraak',
  options_has_guests: 'heeft gasten',
  options_is_solo: 'is zonder gasten',
  options_then: 'Dan',
  options_cancel: 'Annuleren',
  options_no_keyword: 'Voer minstens één trefwoord in.',
  options_too_many_keywords: 'Gebruik hoogstens $1 trefwoorden in één regel.',
  options_keyword_too_long: 'Houd elk trefwoord korter dan $1 tekens.',
  options_pattern_empty: 'De expressie is leeg.',
  options_pattern_too_long: 'De expressie is langer dan $1 tekens.',
  options_pattern_invalid: 'Geen geldige reguliere expressie: $1',
  options_calendar_empty: 'Voer een agendanaam in.',
  options_calendar_too_long: 'De agendanaam is te lang.',
  options_color_empty: 'Voer een kleurnaam in.',
  options_color_too_long: 'De kleurnaam is te lang.',
  options_choose_category: 'Kies een categorie.',

  options_keywords_label:
    'Innovatietrefwoorden (één per regel; hele woorden, hoofdletters maken niet uit). Elke andere afspraak met een tijd is uitvoering; afspraken voor de hele dag, afwezigheid, werklocatie, taken, feestdagen en verjaardagen worden uitgesloten.',
  options_save_keywords: 'Trefwoorden opslaan',
  options_restore_keywords: 'Ingebouwde lijst herstellen',
  options_keywords_saved: 'Trefwoorden opgeslagen.',

  options_test_title: 'Een titel testen',
  options_test_placeholder: 'bijv. Prototypereview',
  options_test_hint:
    'Regels voor agenda, kleur en gasten hebben een echte afspraak nodig, dus die passen hier nooit.',

  options_storage_full_title: 'De opslag is vol.',
  options_storage_full:
    'Om $1 kon Polarity het volgende niet opslaan: $2. Niets van wat al was opgeslagen, is verloren gegaan of beschadigd.',
  options_storage_full_hint:
    'Maak schijfruimte vrij of bewaar minder geschiedenis (onder ‘Je gegevens’ hieronder). Het pictogram meldt dit ook, tot opslaan weer lukt.',

  options_history_kept: 'Geschiedenis bewaard',
  options_history_default: '$1 (standaard)',
  options_history_saved: 'Geschiedenis bewaard: $1.',
  options_history_hint:
    'Oudere weken worden dagelijks verwijderd. Categorieën van reeksen blijven.',
  options_history_confirm_title: 'Alleen $1 geschiedenis bewaren?',
  options_history_confirm: 'Oudere geschiedenis verwijderen',
  options_history_cancel: 'Bewaren',
  options_history_body:
    'Alles vóór $1 wordt nu verwijderd: opgeslagen dagen, hun verdringingen en categorieën van afspraken die niet meer worden getoond. Maak eerst een back-up als je het misschien nog nodig hebt.',
  options_backup_heading: 'Back-up',
  options_backup_hint:
    'Eén JSON-bestand met alles: geschiedenis, categorieën, verdringingen, regels en instellingen. Het blijft op je computer.',
  options_backup_button: 'Back-up van alle gegevens maken',
  options_restore_heading: 'Herstellen',
  options_restore_label: 'Herstellen uit een back-upbestand',
  options_restore_hint:
    'Eerst wordt het hele bestand gecontroleerd; een beschadigd of vreemd bestand wordt geweigerd en er verandert niets.',
  options_restore_title: 'Al je gegevens vervangen door $1?',
  options_restore_confirm: 'Mijn gegevens vervangen',
  options_restore_cancel: 'Herstellen annuleren',
  options_restore_body: 'Alles wat Polarity nu bewaart, wordt in één keer vervangen.',
  options_reset_heading: 'Opnieuw beginnen',
  options_reset_button: 'Alle gegevens verwijderen…',
  options_reset_title: 'Alle Polarity-gegevens verwijderen?',
  options_reset_confirm: 'Alles verwijderen',
  options_reset_cancel: 'Mijn gegevens bewaren',
  options_reset_body:
    'Elke opgeslagen week, categorie en verdringing wordt uit deze browser verwijderd, en regels en instellingen gaan terug naar hun standaardwaarden (ook in je andere gesynchroniseerde browsers). Dit kan niet ongedaan worden gemaakt: maak eerst een back-up als je het misschien nog nodig hebt.',
  options_working: 'Bezig…',

  options_backup_holds: '$1 geschiedenis ($2 tot $3), $4, $5, $6 en instellingen',
  options_backup_holds_no_days: '$1 geschiedenis, $2, $3, $4 en instellingen',
  options_tags_one: '$1 categorie',
  options_tags_other: '$1 categorieën',
  options_overrides_one: '$1 verdringing',
  options_overrides_other: '$1 verdringingen',
  options_rules_one: '$1 regel',
  options_rules_other: '$1 regels',
  options_old_backup_rules: 'geen regels (een oudere back-up: je regels blijven zoals ze zijn)',
  options_backup_saved: '$1 opgeslagen: $2.',
  options_backup_saved_plain: '$1 opgeslagen.',
  options_backup_failed: 'Back-up mislukt: $1.',
  options_backup_of: 'Back-up van $1: $2.',
  options_file_refused: 'Niet hersteld: $1 Er is niets gewijzigd.',
  options_restore_cancelled: 'Herstellen geannuleerd. Er is niets gewijzigd.',
  options_not_restored: 'Niet hersteld: $1',
  options_restore_error: 'Niet hersteld: $1. Er is niets gewijzigd.',
  options_restore_partial:
    'Geschiedenis, categorieën en verdringingen zijn hersteld, maar instellingen en regels niet: $1.',
  options_restored: '$1 hersteld.',
  options_restored_pruned_one:
    '$2 hersteld. Daarna is $1 dag verwijderd die ouder was dan de geschiedenis die je bewaart.',
  options_restored_pruned_other:
    '$2 hersteld. Daarna zijn $1 dagen verwijderd die ouder waren dan de geschiedenis die je bewaart.',
  options_nothing_deleted: 'Er is niets verwijderd.',
  options_reset_refused: 'Niet verwijderd: $1',
  options_reset_partial:
    'De geschiedenis is verwijderd, maar de instellingen konden niet worden teruggezet: $1.',
  options_reset_done:
    'Alle Polarity-gegevens zijn verwijderd; instellingen en regels staan weer op hun standaardwaarden.',
  options_reset_error: 'Er is niets verwijderd: $1.',
};
