import type { Messages } from '../../render';

// Italian: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const itPopupMore: Messages = {
  popup_loading: 'Caricamento della settimana…',
  popup_show_read: 'Mostra cosa ha letto Polarity',
  popup_hours: '$1 h',
  popup_chart_hours: '$1 h',
  popup_week_number: 'S$1',

  popup_first_heading: 'Ti diamo il benvenuto in Polarity',
  popup_first_intro:
    'Polarity impara a conoscere la tua settimana leggendo Google Calendar mentre lo consulti.',
  popup_first_step_open: 'Apri Google Calendar nella vista settimanale.',
  popup_first_step_browse:
    'Scorri le settimane che vuoi contare: ogni settimana visualizzata viene ricordata.',
  popup_first_step_back: 'Torna qui per vedere la ripartizione tra esecuzione e innovazione.',
  popup_first_private: 'Tutto resta in questo browser. Niente viene inviato altrove.',
  popup_first_open: 'Apri Google Calendar',

  popup_nodata_heading: 'Niente visto per questa settimana',
  popup_nodata_text: 'Polarity conta una settimana appena l’hai guardata in Google Calendar.',
  popup_nodata_open: 'Apri questa settimana in Google Calendar',

  popup_load_error: 'Impossibile caricare la settimana.',
  popup_try_again: 'Riprova',
  popup_error_detail: 'Dettagli tecnici',
  popup_unreadable_note: 'I dati qui sotto provengono dalla lettura precedente.',
  popup_storage_full: 'Lo spazio di archiviazione è pieno.',
  popup_storage_detail:
    'Alle $1 Polarity non è riuscito a salvare $2, quindi in questa settimana potrebbero mancare le tue ultime modifiche. Nulla di ciò che era salvato è andato perso. Libera spazio su disco o conserva meno cronologia nelle Opzioni.',
  popup_storage_what_tag: 'una categoria',
  popup_storage_what_nudge: 'la tua risposta a un promemoria',
  popup_storage_what_page: 'la pagina del calendario',
  popup_storage_what_change: 'una modifica',

  popup_daily_label: 'Esecuzione e innovazione per giorno: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'esecuzione $1, innovazione $2',
  popup_not_seen: 'non visto',
  popup_show_table: 'Mostra come tabella',
  popup_day: 'Giorno',

  popup_blocks_none:
    'Nessun blocco di innovazione questa settimana. Prenotane uno prima che la settimana si riempia.',
  popup_blocks_kept_count: '$1 di $2 mantenuti',
  popup_block_kept: 'Mantenuto',
  popup_block_kept_double: 'Mantenuto, $1 con doppia prenotazione',
  popup_block_overridden: 'Sottratto, $1 persi',
  popup_block_overlap: 'sovrapposto da $1, $2 persi',
  popup_block_overlap_unnamed: 'sovrapposto, $1 persi',
  popup_block_deleted: 'eliminato, $1 persi',
  popup_block_shortened: 'accorciato, $1 persi',
  popup_block_moved: 'spostato fuori dalla settimana, $1 persi',
  popup_block_rebooked: 'riprenotato',
  popup_block_dismissed: 'ignorato',

  popup_after_within: 'Tutto il tempo di innovazione è rientrato nell’orario di lavoro.',
  popup_after_outside: '$1 di $2 di innovazione ($3) fuori dall’orario di lavoro.',
  popup_after_warning:
    'L’innovazione schiacciata nelle serate dopo una giornata piena di esecuzione porta al burnout: prenotala durante la giornata lavorativa.',

  popup_largest_series_one: 'serie, $1 volta',
  popup_largest_series_many: 'serie, $1 di volte',
  popup_largest_series_other: 'serie, $1 volte',
  popup_largest_repeated_one: 'ripetuto, $1 volta',
  popup_largest_repeated_many: 'ripetuto, $1 di volte',
  popup_largest_repeated_other: 'ripetuto, $1 volte',

  popup_trend_label: 'Quota di innovazione per settimana rispetto a un obiettivo del $1: $2',
  popup_trend_point: '$1: $2 ($3 giorni su 7 visti)',
  popup_trend_no_data: '$1: nessun dato',
  popup_trend_note:
    'Innovazione in % per settimana; la linea tratteggiata è il tuo obiettivo del $1.',
  popup_show_list: 'Mostra come elenco',

  popup_export_csv: 'Questa settimana in CSV',
  popup_export_json: 'Tutti i dati in JSON',
  popup_saved_file: '$1 salvato',
  popup_export_failed: 'Esportazione non riuscita.',
  popup_no_page_report: 'Nessun report della pagina.',

  popup_question_1:
    'Quale parte dell’esecuzione di questa settimana potrebbe diventare una checklist o un modello che qualcun altro possa seguire?',
  popup_question_2:
    'Quando la settimana si è fatta dura, ti sei rifugiato nel fare tu il lavoro o l’hai guidato?',
  popup_question_3:
    'Il tuo tempo di innovazione era prenotato dove nessuno poteva prenderlo, o è scivolato nelle tue serate?',
  popup_question_4:
    'Il tuo obiettivo è adatto al tuo ruolo e al tuo perimetro di oggi, o è un’abitudine di un ruolo precedente?',
  popup_question_5:
    'Quale tua idea si è arenata questa settimana per mancanza di un passo successivo concreto?',
  popup_question_6:
    'Cosa si potrebbe automatizzare, perché il tempo risparmiato vada al prossimo orizzonte invece che a più lavoro?',
  popup_question_7:
    'Dove il lavoro del tuo team incontra quello di altri team, e il tuo team vede questi confini?',
  popup_question_8:
    'Come ha alimentato un’idea l’esecuzione di questa settimana, e come potrebbe un’idea alleggerire l’esecuzione della prossima?',
  popup_question_9: 'Quale riunione ricorrente potrebbe gestire il tuo team senza di te?',
  popup_question_10:
    'Chi nel tuo team ha notato una piccola lacuna e proposto una soluzione, e gliel’hai riconosciuto?',
  popup_question_11:
    'Se la prossima settimana guardassi un orizzonte più in là, per cosa prenoteresti tempo?',
  popup_question_12:
    'Quali richieste ti sono sembrate un aut-aut questa settimana, e come potrebbero diventare un et-et?',

  popup_read_back: '← Torna alla settimana',
  popup_read_heading: 'Cosa ha letto Polarity',
  popup_read_loading: 'Recupero dell’ultima lettura…',
  popup_read_error: 'Impossibile interrogare Polarity.',
  popup_read_none:
    'Polarity non ha letto nessuna pagina di Google Calendar dall’avvio del browser. Aprine una, poi guarda di nuovo.',
  popup_read_cant: 'Impossibile leggere questa vista',
  popup_read_verdict_one: '$2 letta: $1 evento contato.',
  popup_read_verdict_many: '$2 letta: $1 di eventi contati.',
  popup_read_verdict_other: '$2 letta: $1 eventi contati.',
  popup_view_day: 'Vista giornaliera',
  popup_view_week: 'Vista settimanale',
  popup_view_customday: 'Vista personalizzata (giorni)',
  popup_view_customweek: 'Vista personalizzata (settimana)',
  popup_view_month: 'Vista mensile',
  popup_view_agenda: 'Vista agenda',
  popup_view_year: 'Vista annuale',
  popup_view_current: 'Vista attuale',
  popup_read_not_stored:
    'Nulla di questa pagina è stato salvato: i tuoi dati sono come prima. Un report della pagina (qui sotto) mostra com’è ora la pagina, così che si possa correggere.',
  popup_read_chips_found: 'Riquadri evento trovati',
  popup_read_chips_unread: 'Riquadri che Polarity non è riuscito a leggere',
  popup_read_not_counted: 'Non contati',
  popup_read_nothing: 'niente',
  popup_read_per_day: 'Contati per giorno',
  popup_read_events: 'Eventi',
  popup_read_time: 'Tempo',
  popup_read_partly: 'mostrato in parte',
  popup_read_time_blocks_one: '($1 blocco di tempo)',
  popup_read_time_blocks_many: '($1 di blocchi di tempo)',
  popup_read_time_blocks_other: '($1 blocchi di tempo)',
  popup_read_partly_note:
    'Mostrato in parte: un riquadro non è stato letto, oppure “Altri N” nasconde eventi. Polarity conserva ciò che ha salvato per quei giorni e aggiunge soltanto.',
  popup_read_why_heading: 'Non contati, e perché',
  popup_read_no_title: '(senza titolo)',
  popup_why_declined: 'rifiutato',
  popup_why_task: 'attività',
  popup_why_all_day: 'tutto il giorno',
  popup_why_holiday: 'festività',
  popup_why_birthday: 'compleanno',
  popup_why_working_location: 'luogo di lavoro',
  popup_why_out_of_office: 'fuori sede',
  popup_count_declined_one: '$1 rifiutato',
  popup_count_declined_many: '$1 di rifiutati',
  popup_count_declined_other: '$1 rifiutati',
  popup_count_task_one: '$1 attività',
  popup_count_task_many: '$1 di attività',
  popup_count_task_other: '$1 attività',
  popup_count_all_day_one: '$1 di tutto il giorno',
  popup_count_all_day_many: '$1 di tutto il giorno',
  popup_count_all_day_other: '$1 di tutto il giorno',
  popup_count_holiday_one: '$1 festività',
  popup_count_holiday_many: '$1 di festività',
  popup_count_holiday_other: '$1 festività',
  popup_count_birthday_one: '$1 compleanno',
  popup_count_birthday_many: '$1 di compleanni',
  popup_count_birthday_other: '$1 compleanni',
  popup_count_working_location_one: '$1 luogo di lavoro',
  popup_count_working_location_many: '$1 di luoghi di lavoro',
  popup_count_working_location_other: '$1 luoghi di lavoro',
  popup_count_out_of_office_one: '$1 fuori sede',
  popup_count_out_of_office_many: '$1 di fuori sede',
  popup_count_out_of_office_other: '$1 fuori sede',
  popup_read_report_heading: 'Segnala un problema',
  popup_read_report_note:
    'Salva la struttura della pagina in un file da allegare a una segnalazione di bug. Ogni titolo, nome, indirizzo, descrizione e id viene sostituito da un segnaposto.',
  popup_read_report_save: 'Salva un report della pagina',
  review_too_many_rules: 'Al massimo $1 regole; rimuovine una nelle Opzioni.',
};
