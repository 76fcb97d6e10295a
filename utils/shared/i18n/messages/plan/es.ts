import type { Messages } from '../../render';

// Spanish: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const esPlan: Messages = {
  plan_badge_gap: '; previsto $1 %: reserva $2 más para llegar al $3 %',
  plan_badge_on_target: '; previsto $1 %',
  plan_heading: 'La semana que viene',
  plan_this_week: 'Esta semana',
  plan_next_week: 'La próxima semana',
  plan_planned: 'Previsto: $1 % de innovación · objetivo $2 %',
  plan_nothing_planned: 'Aún no hay nada previsto.',
  plan_so_far: 'Hasta ahora: $1 de innovación, $2 de ejecución',
  plan_ahead: 'Previsto: $1 de innovación, $2 de ejecución',
  plan_gap: 'Reserva $1 más para llegar al $2 %.',
  plan_on_target: 'En el objetivo según lo previsto.',
  plan_out_of_reach: 'Un objetivo del $1 % es inalcanzable mientras haya ejecución reservada.',
  plan_unseen: 'Aún no vista.',
  plan_open_week: 'Ábrela en Google Calendar',
  plan_days_seen: 'Previsto a partir de los $1 de 7 días vistos.',
  plan_slots_label: 'Huecos libres en horario laboral',
  plan_book_slot: 'Reservar $1',
  plan_no_slots: 'No hay huecos libres en horario laboral en los días vistos.',
  plan_weekly: 'Repetir cada semana',
  plan_other_hours: 'Mostrar también huecos fuera del horario laboral',
  plan_other_slots_label: 'Huecos libres fuera del horario laboral',
  plan_booking_note:
    'Abre la página de nuevo evento de Google Calendar, ya rellenada; no se guarda nada hasta que lo guardes allí.',
  plan_streak_one: '$1 semana seguida en el objetivo',
  plan_streak_many: '$1 de semanas seguidas en el objetivo',
  plan_streak_other: '$1 semanas seguidas en el objetivo',
  plan_streak_at_least_one: 'Al menos $1 semana seguida en el objetivo',
  plan_streak_at_least_many: 'Al menos $1 de semanas seguidas en el objetivo',
  plan_streak_at_least_other: 'Al menos $1 semanas seguidas en el objetivo',
  plan_streak_none:
    'La semana pasada quedó por debajo del objetivo: aún no hay una racha de semanas en el objetivo.',
  plan_streak_kept: 'El plan de esta semana la mantiene.',
  plan_streak_at_risk:
    'Esta semana está prevista por debajo del objetivo: reserva la diferencia para mantener la racha.',
  plan_pattern_heading: 'Innovación fuera del horario laboral, dos semanas seguidas',
  plan_pattern_weeks: 'Semana del $1: $2 % de la innovación fuera del horario laboral.',
  plan_pattern_reason:
    'La innovación relegada a la noche tras un día lleno de ejecución lleva al agotamiento. Resérvala dentro de la jornada, donde se puede proteger.',
  nudge_streak_title_one: 'Mantén tu $1 semana en el objetivo',
  nudge_streak_title_many: 'Mantén tus $1 de semanas en el objetivo',
  nudge_streak_title_other: 'Mantén tus $1 semanas en el objetivo',
  nudge_streak_message:
    'Esta semana está prevista al $1 % con un objetivo del $2 %. Reserva $3 más: $4 está libre.',
  nudge_streak_message_no_slot:
    'Esta semana está prevista al $1 % con un objetivo del $2 %. Reserva $3 más antes de que acabe la semana.',
  nudge_pattern_title: 'Innovación fuera del horario laboral, dos semanas seguidas',
  nudge_pattern_message:
    'Durante dos semanas, la mayor parte de tu innovación fue fuera del horario laboral. Ese camino lleva al agotamiento: resérvala dentro de la jornada.',
  nudge_book_slot: 'Reservar el hueco',
  nudge_open_week: 'Abrir esta semana',
  opt_ahead_heading: 'La semana que viene',
  opt_block_name_label: 'Título de un bloque reservado desde la ventana',
  opt_block_name_hint:
    'Los botones de hueco de la ventana abren la página de nuevo evento de Google Calendar con este título. Déjalo vacío para usar el predeterminado.',
  opt_block_name_saved: 'Los bloques reservados se titularán «$1».',
  opt_streak_label: 'Cuando una racha de semanas en el objetivo está a punto de romperse',
  opt_streak_hint:
    'Al final de la semana laboral, si esta semana está prevista por debajo del objetivo: un recordatorio, con un hueco libre.',
  opt_pattern_label: 'Cuando la innovación se va fuera del horario laboral',
  opt_pattern_hint:
    'Una vez, si la mayor parte de la innovación fue fuera del horario laboral dos semanas seguidas, con huecos dentro de él.',
  opt_nudge_on: 'Activado: $1.',
  opt_nudge_off: 'Desactivado: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Sirve a…',
  serves_none: 'Nada en concreto',
  serves_heading: 'Innovación al servicio de la ejecución',
  serves_share: '$1 de las $2 de innovación de esta semana sirvieron a la ejecución.',
  serves_item: '$1: $2',
  serves_empty:
    'Ninguna innovación de esta semana está vinculada a la ejecución. En Google Calendar, abre un evento de innovación y elige a qué sirve en «Sirve a…».',
  serves_trend_heading: 'En ocho semanas',
  serves_trend_down: '$1: el tiempo de ejecución bajó después del trabajo, de $2 a $3 por semana.',
  serves_trend_up: '$1: el tiempo de ejecución subió después del trabajo, de $2 a $3 por semana.',
  serves_trend_same: '$1: el tiempo de ejecución se mantuvo en $2 por semana después del trabajo.',
  serves_trend_unknown:
    '$1: aún no hay suficientes semanas antes y después del trabajo para saberlo.',
};
