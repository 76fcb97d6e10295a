import type { Messages } from '../../render';

// Spanish: the popup's and the review page's words. Product words: ../../glossary.ts.
export const esPopup: Messages = {
  popup_settings: 'Configuración',
  popup_overrides_heading: 'Invasiones esta semana',
  popup_overrides_none: 'Esta semana no hubo ninguna invasión del tiempo de innovación.',
  popup_override_overlap: 'Solapado por $1, $2 perdidos',
  popup_override_deleted: 'Eliminado, $1 perdidos',
  popup_override_shortened: 'Acortado, $1 perdidos',
  popup_override_moved: 'Movido fuera de la semana, $1 perdidos',
  popup_override_rebooked: 'Reprogramado',
  popup_override_dismissed: 'Descartado',
  popup_rebook: 'Reprogramar',
  popup_rebook_label: 'Reprogramar $1',
  popup_next_heading: 'Siguiente paso',
  popup_next_book:
    'Te faltan $1 de tiempo de innovación para llegar a tu objetivo. La semana aún no ha terminado: resérvalo ahora.',
  popup_next_book_action: 'Reservar tiempo de innovación en el calendario',
  popup_next_open_week:
    'Esta semana aún no se ha visto completa, así que el reparto puede no ser exacto. Ábrela en el calendario para contar todos los días.',
  popup_next_open_week_action: 'Abrir esta semana en el calendario',
  popup_next_browse:
    'Tu historial tiene huecos: Polarity solo cuenta las semanas que abres en el calendario. Abre las que faltan para completar la tendencia.',
  popup_next_browse_action: 'Abrir la semana más antigua que falta',
  popup_next_tag_one:
    '$1 evento se clasificó por defecto. Revísalo y asígnale una categoría si Polarity se equivocó.',
  popup_next_tag_many:
    '$1 de eventos se clasificaron por defecto. Revísalos y asigna una categoría a los que Polarity clasificó mal.',
  popup_next_tag_other:
    '$1 eventos se clasificaron por defecto. Revísalos y asigna una categoría a los que Polarity clasificó mal.',
  popup_next_tag_action: 'Revisar y clasificar',
  popup_next_none: 'Todo en orden: esta semana no hay nada que hacer.',
  popup_more_heading: 'Más sobre esta semana',
  popup_section_blocks: 'Bloques de innovación',
  popup_section_daily: 'Día a día',
  popup_section_trend: 'Últimas $1 semanas',
  popup_section_after_hours: 'Fuera del horario laboral',
  popup_section_largest: 'Mayores partidas de ejecución',
  popup_section_question: 'Una pregunta para la semana',
  popup_section_export: 'Exportar',
  popup_gaps_intro:
    'Polarity solo completa tu historial con las semanas que abres en el calendario. Aún no vistas completas:',
  popup_gap_link: '$1 ($2 de 7 días vistos)',
  popup_review: 'Revisar y clasificar esta semana',
  review_title: 'Revisar y clasificar',
  review_intro:
    'Los eventos de la semana agrupados por título. Cambia un evento, una serie entera o todos los eventos con el mismo título, lo que guarda una regla.',
  review_weeks: 'Semanas',
  review_previous: 'Semana anterior',
  review_next: 'Semana siguiente',
  review_filter_default: 'Solo eventos clasificados por defecto',
  review_loading: 'Cargando la semana…',
  review_first_run:
    'Aún no se ha leído nada. Abre Google Calendar en la vista semanal y vuelve aquí.',
  review_empty:
    'No se ha visto ningún evento de esta semana. Ábrela en el calendario y vuelve aquí.',
  review_open_week: 'Abrir esta semana en el calendario',
  review_filter_empty:
    'Todos los eventos de esta semana se clasificaron con una categoría o una regla.',
  review_group_count: '$1 esta semana',
  review_auto: 'Auto',
  review_no_rule: 'Sin regla',
  review_title_rule: 'Todos los eventos con este título',
  review_title_rule_saved: 'Guardado como regla $1: $2',
  review_series: 'Todos los eventos de la serie',
  review_event: '$1, $2',
  review_by_default: 'clasificado por defecto',
  review_saved: 'Guardado. $1',
  review_failed: 'No se guardó: $1',
  review_rules_link: 'Todas las reglas en Opciones',

  popup_this_week: 'Esta semana',
  popup_last_week: 'La semana pasada',
  popup_next_week_title: 'La semana que viene',
  popup_weeks_ago_one: 'Hace $1 semana',
  popup_weeks_ago_many: 'Hace $1 de semanas',
  popup_weeks_ago_other: 'Hace $1 semanas',
  popup_in_weeks_one: 'Dentro de $1 semana',
  popup_in_weeks_many: 'Dentro de $1 de semanas',
  popup_in_weeks_other: 'Dentro de $1 semanas',
  popup_weeks: 'Semanas',
  popup_previous_week: 'Semana anterior',
  popup_next_week: 'Semana siguiente',
  popup_back_to_this_week: 'Volver a esta semana',
  popup_account: 'cuenta u/$1',
};
