import type { Messages } from '../../render';

// Dutch: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const nlPopupMore: Messages = {
  popup_loading: 'Je week wordt geladen…',
  popup_show_read: 'Laten zien wat Polarity heeft gelezen',
  popup_hours: '$1 u',
  popup_chart_hours: '$1 u',
  popup_week_number: 'Wk $1',

  popup_first_heading: 'Welkom bij Polarity',
  popup_first_intro:
    'Polarity leert je week kennen door Google Agenda te lezen terwijl je ernaar kijkt.',
  popup_first_step_open: 'Open Google Agenda in de weekweergave.',
  popup_first_step_browse:
    'Blader door de weken die je wilt laten tellen: elke getoonde week wordt onthouden.',
  popup_first_step_back: 'Kom hier terug voor de verdeling tussen uitvoering en innovatie.',
  popup_first_private: 'Alles blijft in deze browser. Er wordt niets verstuurd.',
  popup_first_open: 'Google Agenda openen',

  popup_nodata_heading: 'Niets gezien voor deze week',
  popup_nodata_text: 'Polarity telt een week zodra je die in Google Agenda hebt bekeken.',
  popup_nodata_open: 'Deze week openen in Google Agenda',

  popup_load_error: 'De week kon niet worden geladen.',
  popup_try_again: 'Opnieuw proberen',
  popup_error_detail: 'Technische details',
  popup_unreadable_note: 'De cijfers hieronder komen uit wat eerder is gelezen.',
  popup_storage_full: 'De opslag is vol.',
  popup_storage_detail:
    'Om $1 kon Polarity $2 niet opslaan, dus deze week mist mogelijk je laatste wijzigingen. Er is niets van wat was opgeslagen verloren gegaan. Maak schijfruimte vrij of bewaar minder geschiedenis via Opties.',
  popup_storage_what_tag: 'een categorie',
  popup_storage_what_nudge: 'je antwoord op een melding',
  popup_storage_what_page: 'de agendapagina',
  popup_storage_what_change: 'een wijziging',

  popup_daily_label: 'Uitvoering en innovatie per dag: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'uitvoering $1, innovatie $2',
  popup_not_seen: 'niet gezien',
  popup_show_table: 'Als tabel tonen',
  popup_day: 'Dag',

  popup_blocks_none: 'Deze week geen innovatieblok. Plan er een voordat de week vol raakt.',
  popup_blocks_kept_count: '$1 van $2 behouden',
  popup_block_kept: 'Behouden',
  popup_block_kept_double: 'Behouden, $1 dubbel geboekt',
  popup_block_overridden: 'Verdrongen, $1 verloren',
  popup_block_overlap: 'overlapt door $1, $2 verloren',
  popup_block_overlap_unnamed: 'overlapt, $1 verloren',
  popup_block_deleted: 'verwijderd, $1 verloren',
  popup_block_shortened: 'ingekort, $1 verloren',
  popup_block_moved: 'buiten de week verplaatst, $1 verloren',
  popup_block_rebooked: 'opnieuw gepland',
  popup_block_dismissed: 'genegeerd',

  popup_after_within: 'Alle innovatietijd viel binnen de werktijd.',
  popup_after_outside: '$1 van $2 innovatie ($3) viel buiten de werktijd.',
  popup_after_warning:
    'Innovatie die na een volle dag uitvoering in de avonden wordt geperst, leidt tot een burn-out: plan haar binnen de werkdag.',

  popup_largest_series_one: 'reeks, $1 keer',
  popup_largest_series_other: 'reeks, $1 keer',
  popup_largest_repeated_one: 'herhaald, $1 keer',
  popup_largest_repeated_other: 'herhaald, $1 keer',

  popup_trend_label: 'Aandeel innovatie per week ten opzichte van een doel van $1: $2',
  popup_trend_point: '$1: $2 ($3 van 7 dagen gezien)',
  popup_trend_no_data: '$1: geen gegevens',
  popup_trend_note: 'Innovatie in % per week; de stippellijn is je doel van $1.',
  popup_show_list: 'Als lijst tonen',

  popup_export_csv: 'Deze week als CSV',
  popup_export_json: 'Alle gegevens als JSON',
  popup_saved_file: '$1 opgeslagen',
  popup_export_failed: 'Exporteren mislukt.',
  popup_no_page_report: 'Geen paginarapport.',

  popup_question_1:
    'Welk deel van de uitvoering van deze week kan een checklist of sjabloon worden dat iemand anders kan volgen?',
  popup_question_2:
    'Toen de week zwaar werd, trok je je terug in het werk zelf doen, of gaf je leiding?',
  popup_question_3:
    'Was je innovatietijd zo gepland dat niemand haar kon afpakken, of schoof ze op naar je avonden?',
  popup_question_4:
    'Past je doel bij je rol en verantwoordelijkheid van vandaag, of is het een gewoonte uit een eerdere rol?',
  popup_question_5:
    'Welk idee van jou liep deze week vast bij gebrek aan een concrete volgende stap?',
  popup_question_6:
    'Wat kan worden geautomatiseerd, zodat de gewonnen tijd naar de volgende horizon gaat in plaats van naar meer werk?',
  popup_question_7:
    'Waar raakt het werk van je team dat van andere teams, en ziet je team die raakvlakken?',
  popup_question_8:
    'Hoe voedde de uitvoering van deze week een idee, en hoe kan een idee de uitvoering van volgende week verlichten?',
  popup_question_9: 'Welk terugkerend overleg kan je team zonder jou dragen?',
  popup_question_10:
    'Wie in je team zag een klein gat en stelde een oplossing voor, en heb je dat gezegd?',
  popup_question_11:
    'Als je volgende week één horizon verder keek, waarvoor zou je dan tijd plannen?',
  popup_question_12: 'Welke eisen voelden deze week als óf-óf, en hoe kunnen ze én-én worden?',

  popup_read_back: '← Terug naar de week',
  popup_read_heading: 'Wat Polarity heeft gelezen',
  popup_read_loading: 'De laatste leesactie wordt opgehaald…',
  popup_read_error: 'Polarity kon niet worden gevraagd.',
  popup_read_none:
    'Polarity heeft sinds het starten van de browser geen Google Agenda-pagina gelezen. Open er een en kijk dan opnieuw.',
  popup_read_cant: 'Deze weergave kan niet worden gelezen',
  popup_read_verdict_one: '$2 gelezen: $1 afspraak geteld.',
  popup_read_verdict_other: '$2 gelezen: $1 afspraken geteld.',
  popup_view_day: 'Dagweergave',
  popup_view_week: 'Weekweergave',
  popup_view_customday: 'Aangepaste weergave (dagen)',
  popup_view_customweek: 'Aangepaste weekweergave',
  popup_view_month: 'Maandweergave',
  popup_view_agenda: 'Planningweergave',
  popup_view_year: 'Jaarweergave',
  popup_view_current: 'Huidige weergave',
  popup_read_not_stored:
    'Van deze pagina is niets opgeslagen: je cijfers zijn ongewijzigd. Een paginarapport (hieronder) laat zien hoe de pagina er nu uitziet, zodat het kan worden opgelost.',
  popup_read_chips_found: 'Gevonden afspraakblokjes',
  popup_read_chips_unread: 'Blokjes die Polarity niet kon lezen',
  popup_read_not_counted: 'Niet geteld',
  popup_read_nothing: 'niets',
  popup_read_per_day: 'Geteld per dag',
  popup_read_events: 'Afspraken',
  popup_read_time: 'Tijd',
  popup_read_partly: 'deels getoond',
  popup_read_time_blocks_one: '($1 tijdblok)',
  popup_read_time_blocks_other: '($1 tijdblokken)',
  popup_read_partly_note:
    'Deels getoond: een blokje daar kon niet worden gelezen, of "Nog N" verbergt afspraken. Polarity houdt wat het voor die dagen heeft opgeslagen en vult het alleen aan.',
  popup_read_why_heading: 'Niet geteld, en waarom',
  popup_read_no_title: '(geen titel)',
  popup_why_declined: 'geweigerd',
  popup_why_task: 'taak',
  popup_why_all_day: 'hele dag',
  popup_why_holiday: 'feestdag',
  popup_why_birthday: 'verjaardag',
  popup_why_working_location: 'werklocatie',
  popup_why_out_of_office: 'afwezig',
  popup_count_declined_one: '$1 geweigerd',
  popup_count_declined_other: '$1 geweigerd',
  popup_count_task_one: '$1 taak',
  popup_count_task_other: '$1 taken',
  popup_count_all_day_one: '$1 hele dag',
  popup_count_all_day_other: '$1 hele dag',
  popup_count_holiday_one: '$1 feestdag',
  popup_count_holiday_other: '$1 feestdagen',
  popup_count_birthday_one: '$1 verjaardag',
  popup_count_birthday_other: '$1 verjaardagen',
  popup_count_working_location_one: '$1 werklocatie',
  popup_count_working_location_other: '$1 werklocaties',
  popup_count_out_of_office_one: '$1 afwezig',
  popup_count_out_of_office_other: '$1 afwezig',
  popup_read_report_heading: 'Een probleem melden',
  popup_read_report_note:
    'Slaat de opbouw van de pagina op als bestand om bij een foutmelding te voegen. Elke titel, naam, elk adres, elke beschrijving en id erin wordt vervangen door een tijdelijke aanduiding.',
  popup_read_report_save: 'Paginarapport opslaan',
  review_too_many_rules: 'Er passen maximaal $1 regels; verwijder er een via Opties.',
};
