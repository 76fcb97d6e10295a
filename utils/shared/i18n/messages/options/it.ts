import type { Messages } from '../../render';

// Italian: the options page. Product words: ../../glossary.ts.
export const itOptions: Messages = {
  options_page_title: 'Opzioni di Polarity',
  options_lead:
    'Le modifiche vengono salvate mentre le fai e compaiono subito sull’icona, nella finestra di Polarity e in Google Calendar. Tutto resta in questo browser.',
  options_target_heading: 'Obiettivo',
  options_week_heading: 'Settimana lavorativa',
  options_nudges_heading: 'Promemoria',
  options_rules_heading: 'Regole',
  options_rules_lead:
    'Ogni evento è classificato dal primo di questi criteri che si applica: la tua categoria sull’evento, la tua categoria sulla serie, le tue regole in ordine (vince la prima che corrisponde), poi le parole chiave predefinite.',
  options_add_rule_heading: 'Aggiungi una regola',
  options_add_rule: 'Aggiungi regola',
  options_keywords_heading: 'Parole chiave predefinite',
  options_try_heading: 'Prova',
  options_data_heading: 'I tuoi dati',

  options_settings_load_error: 'Impossibile leggere le impostazioni: $1.',
  options_settings_problem: 'Non salvato: $1.',
  options_settings_not_saved: 'Non salvato: $1. Le impostazioni sono rimaste invariate.',
  options_rules_load_error: 'Impossibile leggere le regole: $1',
  options_rules_not_saved: 'Non salvato: $1',

  options_target_legend: 'Ripartizione obiettivo, esecuzione / innovazione',
  options_target_hint:
    'La ripartizione giusta dipende dall’ampiezza del tuo ruolo, non da un 50/50. L’icona è verde quando raggiungi o superi l’obiettivo.',
  options_fits_90_10:
    'Da poco in un ruolo di guida, o un ambito ristretto in cui conta soprattutto la consegna.',
  options_fits_80_20:
    'Team lead ancora operativo: la maggior parte della settimana consegna, un blocco protetto migliora il come.',
  options_fits_75_25:
    'Alla guida di più team: trasformare i problemi di esecuzione ricorrenti in checklist, modelli e automazione.',
  options_fits_60_40:
    'Un ambito ampio (un reparto o più), in cui il tuo compito è guardare un orizzonte più in là.',
  options_custom: 'Personalizzata',
  options_custom_fits: 'La tua ripartizione, se nessuna di queste va bene.',
  options_custom_percent: 'Quota di innovazione, in percentuale',
  options_custom_error: 'Inserisci un numero intero da $1 a $2.',
  options_target_saved: 'Obiettivo impostato su $1.',
  options_target_custom_saved: 'Obiettivo impostato su $1/$2 (personalizzata).',

  options_week_start_label: 'La settimana inizia il',
  options_week_start_google: 'Come in Google Calendar',
  options_week_start_saved: 'Ora la settimana inizia il $1.',
  options_week_start_saved_google: 'Ora la settimana inizia come in Google Calendar.',
  options_working_days: 'Giorni lavorativi',
  options_day_on: '$1 ora è un giorno lavorativo.',
  options_day_off: '$1 non è più un giorno lavorativo.',
  options_keep_one_day: 'Mantieni almeno un giorno lavorativo.',
  options_working_hours: 'Orario di lavoro',
  options_hours_hint:
    'L’innovazione fuori da questo orario conta comunque; la finestra di Polarity la mostra come fuori orario.',
  options_from: 'Dalle',
  options_to: 'Alle',
  options_enter_time: 'Inserisci un orario, ad esempio $1.',
  options_hours_order: 'L’orario di lavoro deve finire dopo l’inizio.',
  options_hours_saved: 'Orario di lavoro: dalle $1 alle $2.',

  options_nudge_me: 'Avvisami',
  options_nudge_overrides: 'Quando il tempo per l’innovazione viene sottratto',
  options_nudge_overrides_hint:
    'Una riunione fissata sopra un blocco di innovazione, o un blocco eliminato, accorciato o spostato fuori dalla settimana: una notifica e una nota in Google Calendar, una volta sola.',
  options_nudge_overrides_on:
    'Riceverai un avviso quando il tempo per l’innovazione viene sottratto.',
  options_nudge_overrides_off: 'Nessun avviso quando il tempo per l’innovazione viene sottratto.',
  options_nudge_next_week: 'Quando la prossima settimana non ha innovazione prenotata',
  options_nudge_next_week_hint:
    'Verso la fine della settimana lavorativa, un promemoria per prenotarla prima che qualcun altro occupi quel tempo.',
  options_nudge_next_week_on:
    'Ti verrà ricordato di prenotare il tempo per l’innovazione della prossima settimana.',
  options_nudge_next_week_off: 'Nessun promemoria sulla prossima settimana.',
  options_nudge_quiet: 'Silenzio fuori dall’orario di lavoro',
  options_nudge_quiet_hint:
    'Un avviso che arriva la sera o in un giorno libero aspetta la tua prossima ora di lavoro.',
  options_nudge_quiet_on: 'Gli avvisi aspettano l’orario di lavoro.',
  options_nudge_quiet_off: 'Gli avvisi arrivano a qualsiasi ora.',

  options_no_rules: 'Nessuna regola per ora: decidono le parole chiave predefinite qui sotto.',
  options_rule_n: 'Regola $1:',
  options_quoted: '«$1»',
  options_when_keywords: 'il titolo contiene $1',
  options_when_regex: 'il titolo corrisponde a $1',
  options_when_calendar: 'il calendario è $1',
  options_when_color: 'il colore è $1',
  options_when_guests: 'con invitati',
  options_when_solo: 'da solo (senza invitati)',
  options_when_time_block:
    'è un blocco di tempo (tempo per la concentrazione, attività pianificata)',
  options_move_up: 'Sposta su la regola $1',
  options_move_down: 'Sposta giù la regola $1',
  options_edit_rule: 'Modifica la regola $1',
  options_delete_rule: 'Elimina la regola $1',
  options_edit: 'Modifica',
  options_delete: 'Elimina',
  options_save_rule: 'Salva la regola $1',
  options_max_rules: 'Al massimo $1 regole.',
  options_rule_added: 'Regola aggiunta.',
  options_rule_saved: 'Regola salvata.',
  options_rule_moved: 'Regola spostata in posizione $1.',
  options_rule_deleted: 'Regola eliminata.',

  options_condition: 'Condizione',
  options_type_keywords: 'Il titolo contiene una parola chiave',
  options_type_regex: 'Il titolo corrisponde a un’espressione regolare',
  options_type_calendar: 'Il calendario è',
  options_type_color: 'Il colore dell’evento è',
  options_type_guests: 'Invitati',
  options_type_time_block:
    'È un blocco di tempo (tempo per la concentrazione, attività pianificata)',
  options_text_keywords: 'Parole chiave, separate da virgole',
  options_text_regex: 'Espressione regolare',
  options_text_calendar: 'Nome del calendario',
  options_text_color: 'Nome del colore (come lo mostra Calendar, ad es. Grafite)',
  options_case_sensitive: 'Distingui maiuscole e minuscole',
  options_the_event: 'L’evento',
  options_has_guests: 'ha invitati',
  options_is_solo: 'è senza invitati',
  options_then: 'Allora',
  options_cancel: 'Annulla',
  options_no_keyword: 'Inserisci almeno una parola chiave.',
  options_too_many_keywords: 'Usa al massimo $1 parole chiave in una regola.',
  options_keyword_too_long: 'Ogni parola chiave deve avere meno di $1 caratteri.',
  options_pattern_empty: 'L’espressione è vuota.',
  options_pattern_too_long: 'L’espressione supera i $1 caratteri.',
  options_pattern_invalid: 'Espressione regolare non valida: $1',
  options_calendar_empty: 'Inserisci il nome di un calendario.',
  options_calendar_too_long: 'Il nome del calendario è troppo lungo.',
  options_color_empty: 'Inserisci il nome di un colore.',
  options_color_too_long: 'Il nome del colore è troppo lungo.',
  options_choose_category: 'Scegli una categoria.',

  options_keywords_label:
    'Parole chiave di innovazione (una per riga; parole intere, maiuscole o minuscole). Ogni altro evento con orario è esecuzione; eventi di un giorno intero, fuori sede, luogo di lavoro, attività, festività e compleanni sono esclusi.',
  options_save_keywords: 'Salva parole chiave',
  options_restore_keywords: 'Ripristina l’elenco predefinito',
  options_keywords_saved: 'Parole chiave salvate.',

  options_test_title: 'Prova un titolo',
  options_test_placeholder: 'ad es. Revisione del prototipo',
  options_test_hint:
    'Le regole su calendario, colore e invitati richiedono un evento reale, quindi qui non corrispondono mai.',

  options_storage_full_title: 'Lo spazio di archiviazione è pieno.',
  options_storage_full:
    'Alle $1 Polarity non è riuscito a salvare quanto segue: $2. Nulla di ciò che era già salvato è andato perso o danneggiato.',
  options_storage_full_hint:
    'Libera spazio su disco o conserva meno cronologia (in «I tuoi dati», più sotto). Anche l’icona lo segnala finché un salvataggio non riesce di nuovo.',

  options_history_kept: 'Cronologia conservata',
  options_history_default: '$1 (predefinito)',
  options_history_saved: 'Cronologia conservata: $1.',
  options_history_hint:
    'Le settimane più vecchie vengono eliminate ogni giorno. Le categorie delle serie restano.',
  options_history_confirm_title: 'Conservare solo $1 di cronologia?',
  options_history_confirm: 'Elimina la cronologia più vecchia',
  options_history_cancel: 'Conservala',
  options_history_body:
    'Tutto ciò che precede il $1 viene eliminato ora: i giorni salvati, le loro sottrazioni e le categorie di eventi non più visibili. Prima fai un backup, se potrebbe servirti.',
  options_backup_heading: 'Backup',
  options_backup_hint:
    'Un unico file JSON con tutto: cronologia, categorie, sottrazioni, regole e impostazioni. Resta sul tuo computer.',
  options_backup_button: 'Esegui il backup di tutti i dati',
  options_restore_heading: 'Ripristino',
  options_restore_label: 'Ripristina da un file di backup',
  options_restore_hint:
    'Prima viene controllato l’intero file; un file danneggiato o estraneo viene rifiutato e non cambia nulla.',
  options_restore_title: 'Sostituire tutti i tuoi dati con $1?',
  options_restore_confirm: 'Sostituisci i miei dati',
  options_restore_cancel: 'Annulla il ripristino',
  options_restore_body: 'Tutto ciò che Polarity contiene ora viene sostituito in un colpo solo.',
  options_reset_heading: 'Ricomincia da capo',
  options_reset_button: 'Elimina tutti i dati…',
  options_reset_title: 'Eliminare tutti i dati di Polarity?',
  options_reset_confirm: 'Elimina tutto',
  options_reset_cancel: 'Conserva i miei dati',
  options_reset_body:
    'Ogni settimana, categoria e sottrazione salvata viene eliminata da questo browser, e regole e impostazioni tornano ai valori predefiniti (anche sugli altri browser sincronizzati). Non si può annullare: prima fai un backup, se potrebbe servirti.',
  options_working: 'In corso…',

  options_backup_holds: '$1 di cronologia (dal $2 al $3), $4, $5, $6 e le impostazioni',
  options_backup_holds_no_days: '$1 di cronologia, $2, $3, $4 e le impostazioni',
  options_tags_one: '$1 categoria',
  options_tags_many: '$1 di categorie',
  options_tags_other: '$1 categorie',
  options_overrides_one: '$1 sottrazione',
  options_overrides_many: '$1 di sottrazioni',
  options_overrides_other: '$1 sottrazioni',
  options_rules_one: '$1 regola',
  options_rules_many: '$1 di regole',
  options_rules_other: '$1 regole',
  options_old_backup_rules:
    'nessuna regola (un backup meno recente: le tue regole restano come sono)',
  options_backup_saved: '$1 salvato: $2.',
  options_backup_saved_plain: '$1 salvato.',
  options_backup_failed: 'Backup non riuscito: $1.',
  options_backup_of: 'Backup del $1: $2.',
  options_file_refused: 'Non ripristinato: $1 Non è cambiato nulla.',
  options_restore_cancelled: 'Ripristino annullato. Non è cambiato nulla.',
  options_not_restored: 'Non ripristinato: $1',
  options_restore_error: 'Non ripristinato: $1. Non è cambiato nulla.',
  options_restore_partial:
    'Cronologia, categorie e sottrazioni sono state ripristinate, ma impostazioni e regole no: $1.',
  options_restored: '$1 ripristinato.',
  options_restored_pruned_one:
    '$2 ripristinato. Poi è stato rimosso $1 giorno più vecchio della cronologia conservata.',
  options_restored_pruned_many:
    '$2 ripristinato. Poi sono stati rimossi $1 di giorni più vecchi della cronologia conservata.',
  options_restored_pruned_other:
    '$2 ripristinato. Poi sono stati rimossi $1 giorni più vecchi della cronologia conservata.',
  options_nothing_deleted: 'Non è stato eliminato nulla.',
  options_reset_refused: 'Non eliminato: $1',
  options_reset_partial:
    'La cronologia è stata eliminata, ma non è stato possibile reimpostare le impostazioni: $1.',
  options_reset_done:
    'Tutti i dati di Polarity sono stati eliminati; impostazioni e regole sono tornate ai valori predefiniti.',
  options_reset_error: 'Non è stato eliminato nulla: $1.',
};
