import { esCheck } from './check/es';
import { esReviewServes } from './review-serves/es';
import { esPopupMore } from './popup-more/es';
import { esOptions } from './options/es';
import { esLegend } from './legend/es';
import { esWelcome } from './welcome/es';
import type { Messages } from '../render';
import { esExport } from './export/es';
import { esPlan } from './plan/es';
import { esDataHealth } from './data-health/es';
import { esPopup } from './popup/es';
import { esPageMore } from './page/es';
import { esReader } from './reader/es';

// Spanish. Product words: ../glossary.ts.
export const es: Messages = {
  ...esCheck,
  ...esPageMore,
  ...esExport,
  ...esReader,
  ...esDataHealth,
  ...esPopup,
  ext_name: 'Polarity',
  ext_description:
    'Equilibra ejecución e innovación: tu semana de Google Calendar en la barra y un aviso cuando te quitan tiempo de innovación.',
  ext_action_title: 'Polarity',
  page_control_label: 'Categoría de Polarity',
  page_category_group: 'Categoría',
  page_execution: 'Ejecución',
  page_innovation: 'Innovación',
  page_exclude: 'Excluir',
  page_auto: 'Auto',
  page_apply_to: 'Aplicar a',
  page_scope_event: 'Este evento',
  page_scope_series: 'Todos los eventos de la serie',
  page_reading: 'Leyendo…',
  page_never_counted: '$1 · nunca se cuenta',
  page_tag_error:
    'No se pudo guardar la categoría. Vuelve a cargar la página e inténtalo de nuevo.',
  page_dismiss: 'Descartar',
  page_nudges_label: 'Avisos de Polarity',
  reason_tag: 'Elegido por ti',
  reason_series_tag: 'Elegido para la serie',
  reason_rule: 'Regla $1: $2',
  reason_keyword: 'Auto: palabra clave «$1»',
  reason_no_keyword: 'Auto: sin palabra clave de innovación',
  reason_allday: 'Auto: evento de todo el día',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: ubicación de trabajo',
  reason_out_of_office: 'Auto: fuera de la oficina',
  reason_holiday: 'Auto: festivo',
  reason_birthday: 'Auto: cumpleaños',
  rule_why_keyword: 'palabra clave «$1»',
  rule_why_regex: 'el título coincide con $1',
  rule_why_calendar: 'calendario «$1»',
  rule_why_color: 'color «$1»',
  rule_why_guests: 'con invitados',
  rule_why_solo: 'sin invitados',
  rule_why_time_block: 'bloque de tiempo',
  nudge_taken_title: 'Te quitaron tiempo de innovación: $1',
  nudge_taken_message: '$1: $2 perdidos.\n$3',
  nudge_cause_overlap: '«$1» se superpone',
  nudge_cause_overlap_unnamed: 'Un evento se superpone',
  nudge_cause_deleted: 'Se eliminó',
  nudge_cause_shortened: 'Se acortó',
  nudge_cause_moved_out: 'Se movió fuera de la semana',
  nudge_rebook: 'Volver a reservar',
  nudge_open: 'Abrir en Calendar',
  nudge_next_unseen_title: 'La próxima semana: ¿hay tiempo de innovación reservado?',
  nudge_next_unseen_message:
    'Polarity aún no ha visto la próxima semana, así que no puede saberlo. Ábrela en Google Calendar y reserva tiempo de innovación antes de que se llene.',
  nudge_next_empty_title: 'No hay tiempo de innovación reservado la próxima semana',
  nudge_next_empty_message:
    'Ninguno en los $1 de 7 días vistos. Reserva un bloque antes de que otra persona ocupe ese tiempo.',
  nudge_book_time: 'Reservar tiempo',
  nudge_open_next_week: 'Abrir la próxima semana',
  nudge_block_title: 'Tiempo de innovación',
  badge_unreadable: 'Polarity$1: $2. Las cifras guardadas no cambian.',
  badge_first_visit: 'Polarity$1: abre esta semana en Google Calendar para contarla',
  badge_nothing_counted: 'Polarity$1: esta semana no hay tiempo de ejecución ni de innovación ($2)',
  ...esWelcome,
  ...esLegend,
  badge_account: ' (cuenta u/$1)',
  badge_days_seen: '$1 de 7 días vistos',
  badge_no_overrides: 'sin invasiones',
  badge_overrides_one: '$1 invasión del tiempo de innovación pendiente',
  badge_overrides_many: '$1 de invasiones del tiempo de innovación pendientes',
  badge_overrides_other: '$1 invasiones del tiempo de innovación pendientes',
  badge_after_hours: '; $1 de innovación fuera del horario laboral',
  badge_storage_full:
    'Polarity: el almacenamiento está lleno, así que los últimos cambios del calendario no se guardaron (no se perdió nada de lo guardado). Libera espacio en disco o guarda menos historial en Opciones.',
  unit_hours: '$1 h',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 h $2 min',
  ...esPlan,
  ...esReviewServes,
  ...esPopupMore,
  ...esOptions,
};
