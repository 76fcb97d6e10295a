import type { Messages } from '../../render';

// Italian: the popup's and the review page's words. Product words: ../../glossary.ts.
export const itPopup: Messages = {
  popup_settings: 'Impostazioni',
  popup_overrides_heading: 'Sottrazioni di questa settimana',
  popup_overrides_none: "Nessuna sottrazione di tempo per l'innovazione questa settimana.",
  popup_override_overlap: 'Sovrapposto da $1, $2 persi',
  popup_override_deleted: 'Eliminato, $1 persi',
  popup_override_shortened: 'Accorciato, $1 persi',
  popup_override_moved: 'Spostato fuori dalla settimana, $1 persi',
  popup_override_rebooked: 'Riprogrammato',
  popup_override_dismissed: 'Ignorato',
  popup_rebook: 'Riprogramma',
  popup_rebook_label: 'Riprogramma $1',
  popup_next_heading: 'Prossimo passo',
  popup_next_book:
    "Mancano $1 di tempo per l'innovazione per raggiungere l'obiettivo. La settimana non è finita: prenotalo ora.",
  popup_next_book_action: "Prenota tempo per l'innovazione nel calendario",
  popup_next_open_week:
    'Questa settimana non è ancora stata vista per intero, quindi la ripartizione potrebbe non essere esatta. Aprila nel calendario per contare ogni giorno.',
  popup_next_open_week_action: 'Apri questa settimana nel calendario',
  popup_next_browse:
    'La cronologia ha dei vuoti: Polarity conta solo le settimane che apri nel calendario. Apri quelle mancanti per completare la tendenza.',
  popup_next_browse_action: 'Apri la settimana mancante più vecchia',
  popup_next_tag_one:
    '$1 evento è stato classificato in automatico. Controllalo e assegnagli una categoria se Polarity ha sbagliato.',
  popup_next_tag_many:
    '$1 di eventi sono stati classificati in automatico. Controllali e assegna una categoria a quelli sbagliati.',
  popup_next_tag_other:
    '$1 eventi sono stati classificati in automatico. Controllali e assegna una categoria a quelli sbagliati.',
  popup_next_tag_action: 'Controlla e classifica',
  popup_next_none: 'Tutto a posto: questa settimana non serve nulla.',
  popup_more_heading: 'Altro su questa settimana',
  popup_section_blocks: 'Blocchi di innovazione',
  popup_section_daily: 'Giorno per giorno',
  popup_section_trend: 'Ultime $1 settimane',
  popup_section_after_hours: "Fuori dall'orario di lavoro",
  popup_section_largest: 'Voci di esecuzione più grandi',
  popup_section_question: 'Una domanda per la settimana',
  popup_section_export: 'Esporta',
  popup_gaps_intro:
    'Polarity riempie la cronologia solo con le settimane che apri nel calendario. Non ancora viste per intero:',
  popup_gap_link: '$1 ($2 giorni visti su 7)',
  popup_review: 'Controlla e classifica questa settimana',
  review_title: 'Controlla e classifica',
  review_intro:
    'Gli eventi della settimana raggruppati per titolo. Cambia un evento, una serie intera o tutti gli eventi con lo stesso titolo, il che salva una regola.',
  review_weeks: 'Settimane',
  review_previous: 'Settimana precedente',
  review_next: 'Settimana successiva',
  review_filter_default: 'Solo eventi classificati in automatico',
  review_loading: 'Caricamento della settimana…',
  review_first_run:
    'Non è ancora stato letto nulla. Apri Google Calendar nella vista settimanale, poi torna qui.',
  review_empty: 'Nessun evento visto per questa settimana. Aprila nel calendario, poi torna qui.',
  review_open_week: 'Apri questa settimana nel calendario',
  review_filter_empty:
    'Tutti gli eventi di questa settimana sono stati classificati da una categoria o da una regola.',
  review_group_count: '$1 questa settimana',
  review_auto: 'Auto',
  review_no_rule: 'Nessuna regola',
  review_title_rule: 'Tutti gli eventi con questo titolo',
  review_title_rule_saved: 'Salvato come regola $1: $2',
  review_series: 'Tutti gli eventi della serie',
  review_event: '$1, $2',
  review_by_default: 'classificato in automatico',
  review_saved: 'Salvato. $1',
  review_failed: 'Non salvato: $1',
  review_rules_link: 'Tutte le regole nelle Opzioni',
};
