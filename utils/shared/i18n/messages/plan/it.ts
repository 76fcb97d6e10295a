import type { Messages } from '../../render';

// Italian: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const itPlan: Messages = {
  plan_badge_gap: '; previsto $1%: prenota altre $2 per arrivare al $3%',
  plan_badge_on_target: '; previsto $1%',
  plan_heading: 'La settimana che viene',
  plan_this_week: 'Questa settimana',
  plan_next_week: 'La prossima settimana',
  plan_planned: 'Previsto: $1% di innovazione · obiettivo $2%',
  plan_nothing_planned: 'Ancora niente in programma.',
  plan_so_far: 'Finora: $1 di innovazione, $2 di esecuzione',
  plan_ahead: 'Previsto: $1 di innovazione, $2 di esecuzione',
  plan_gap: 'Prenota altre $1 per arrivare al $2%.',
  plan_on_target: 'In linea con l’obiettivo, come previsto.',
  plan_out_of_reach: 'Un obiettivo del $1% non è raggiungibile finché c’è esecuzione prenotata.',
  plan_unseen: 'Non ancora vista.',
  plan_open_week: 'Aprila in Google Calendar',
  plan_days_seen: 'Previsto dai $1 giorni visti su 7.',
  plan_slots_label: 'Spazi liberi nell’orario di lavoro',
  plan_book_slot: 'Prenota $1',
  plan_no_slots: 'Nessuno spazio libero nell’orario di lavoro nei giorni visti.',
  plan_weekly: 'Ripeti ogni settimana',
  plan_other_hours: 'Mostra anche spazi fuori dall’orario di lavoro',
  plan_other_slots_label: 'Spazi liberi fuori dall’orario di lavoro',
  plan_booking_note:
    'Apre la pagina di nuovo evento di Google Calendar, già compilata; non si salva nulla finché non salvi lì.',
  plan_streak_one: '$1 settimana di fila in linea con l’obiettivo',
  plan_streak_many: '$1 di settimane di fila in linea con l’obiettivo',
  plan_streak_other: '$1 settimane di fila in linea con l’obiettivo',
  plan_streak_at_least_one: 'Almeno $1 settimana di fila in linea con l’obiettivo',
  plan_streak_at_least_many: 'Almeno $1 di settimane di fila in linea con l’obiettivo',
  plan_streak_at_least_other: 'Almeno $1 settimane di fila in linea con l’obiettivo',
  plan_streak_none:
    'La settimana scorsa era sotto l’obiettivo: ancora nessuna serie di settimane in linea.',
  plan_streak_kept: 'Il piano di questa settimana la continua.',
  plan_streak_at_risk:
    'Questa settimana è prevista sotto l’obiettivo: prenota la differenza per mantenere la serie.',
  plan_pattern_heading: 'Innovazione fuori orario, due settimane di fila',
  plan_pattern_weeks: 'Settimana del $1: $2% dell’innovazione fuori dall’orario di lavoro.',
  plan_pattern_reason:
    'L’innovazione spinta alla sera dopo una giornata piena di esecuzione porta al burnout. Prenotala nella giornata di lavoro, dove si può proteggere.',
  nudge_streak_title_one: 'Mantieni la tua $1 settimana in linea con l’obiettivo',
  nudge_streak_title_many: 'Mantieni le tue $1 di settimane in linea con l’obiettivo',
  nudge_streak_title_other: 'Mantieni le tue $1 settimane in linea con l’obiettivo',
  nudge_streak_message:
    'Questa settimana è prevista al $1% con un obiettivo del $2%. Prenota altre $3: $4 è libero.',
  nudge_streak_message_no_slot:
    'Questa settimana è prevista al $1% con un obiettivo del $2%. Prenota altre $3 prima che finisca la settimana.',
  nudge_pattern_title: 'Innovazione fuori orario, due settimane di fila',
  nudge_pattern_message:
    'Per due settimane la maggior parte della tua innovazione è stata fuori dall’orario di lavoro. Questa strada porta al burnout: prenotala nella giornata di lavoro.',
  nudge_book_slot: 'Prenota lo spazio',
  nudge_open_week: 'Apri questa settimana',
  opt_ahead_heading: 'La settimana che viene',
  opt_block_name_label: 'Titolo di un blocco prenotato dal popup',
  opt_block_name_hint:
    'I pulsanti degli spazi nel popup aprono la pagina di nuovo evento di Google Calendar con questo titolo. Lascia vuoto per quello predefinito.',
  opt_block_name_saved: 'I blocchi prenotati si chiameranno «$1».',
  opt_streak_label: 'Quando una serie di settimane in linea con l’obiettivo sta per interrompersi',
  opt_streak_hint:
    'A fine settimana lavorativa, se questa settimana è prevista sotto l’obiettivo: un promemoria, con uno spazio libero.',
  opt_pattern_label: 'Quando l’innovazione scivola fuori orario',
  opt_pattern_hint:
    'Una volta, se la maggior parte dell’innovazione è stata fuori dall’orario di lavoro per due settimane di fila, con spazi al suo interno.',
  opt_nudge_on: 'Attivo: $1.',
  opt_nudge_off: 'Disattivato: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Serve a…',
  serves_none: 'Niente in particolare',
  serves_heading: 'Innovazione al servizio dell’esecuzione',
  serves_share: '$1 delle $2 di innovazione di questa settimana hanno servito l’esecuzione.',
  serves_item: '$1: $2',
  serves_empty:
    'Nessuna innovazione di questa settimana è collegata all’esecuzione. In Google Calendar apri un evento di innovazione e scegli a cosa serve in «Serve a…».',
  serves_trend_heading: 'In otto settimane',
  serves_trend_down: '$1: il tempo di esecuzione è sceso dopo il lavoro, da $2 a $3 a settimana.',
  serves_trend_up: '$1: il tempo di esecuzione è salito dopo il lavoro, da $2 a $3 a settimana.',
  serves_trend_same: '$1: il tempo di esecuzione è rimasto a $2 a settimana dopo il lavoro.',
  serves_trend_unknown:
    '$1: non ci sono ancora abbastanza settimane prima e dopo il lavoro per dirlo.',
};
