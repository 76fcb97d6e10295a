import type { Messages } from '../../render';

// Spanish: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const esPopupMore: Messages = {
  popup_loading: 'Cargando tu semana…',
  popup_show_read: 'Ver lo que leyó Polarity',
  popup_hours: '$1 h',
  popup_chart_hours: '$1 h',
  popup_week_number: 'S$1',

  popup_first_heading: 'Te damos la bienvenida a Polarity',
  popup_first_intro: 'Polarity conoce tu semana leyendo Google Calendar mientras lo consultas.',
  popup_first_step_open: 'Abre Google Calendar en la vista de semana.',
  popup_first_step_browse:
    'Recorre las semanas que quieras contar: cada semana que se muestra se recuerda.',
  popup_first_step_back: 'Vuelve aquí para ver el reparto entre ejecución e innovación.',
  popup_first_private: 'Todo se queda en este navegador. No se envía nada a ningún sitio.',
  popup_first_open: 'Abrir Google Calendar',

  popup_nodata_heading: 'Nada visto esta semana',
  popup_nodata_text: 'Polarity cuenta una semana en cuanto la has visto en Google Calendar.',
  popup_nodata_open: 'Abrir esta semana en Google Calendar',

  popup_load_error: 'No se pudo cargar la semana.',
  popup_try_again: 'Reintentar',
  popup_error_detail: 'Detalles técnicos',
  popup_unreadable_note: 'Las cifras de abajo proceden de lo que se leyó antes.',
  popup_storage_full: 'El almacenamiento está lleno.',
  popup_storage_detail:
    'A las $1, Polarity no pudo guardar $2, así que puede que esta semana no incluya tus últimos cambios. No se perdió nada de lo guardado. Libera espacio en disco o conserva menos historial en Opciones.',
  popup_storage_what_tag: 'una categoría',
  popup_storage_what_nudge: 'tu respuesta a un aviso',
  popup_storage_what_page: 'la página del calendario',
  popup_storage_what_change: 'un cambio',

  popup_daily_label: 'Ejecución e innovación por día: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'ejecución $1, innovación $2',
  popup_not_seen: 'no visto',
  popup_show_table: 'Ver como tabla',
  popup_day: 'Día',

  popup_blocks_none:
    'No hay ningún bloque de innovación esta semana. Reserva uno antes de que se llene la semana.',
  popup_blocks_kept_count: '$1 de $2 respetados',
  popup_block_kept: 'Respetado',
  popup_block_kept_double: 'Respetado, $1 con doble reserva',
  popup_block_overridden: 'Invadido, $1 perdidos',
  popup_block_overlap: 'solapado por $1, $2 perdidos',
  popup_block_overlap_unnamed: 'solapado, $1 perdidos',
  popup_block_deleted: 'eliminado, $1 perdidos',
  popup_block_shortened: 'acortado, $1 perdidos',
  popup_block_moved: 'movido fuera de la semana, $1 perdidos',
  popup_block_rebooked: 'reprogramado',
  popup_block_dismissed: 'descartado',

  popup_after_within: 'Todo el tiempo de innovación fue dentro del horario laboral.',
  popup_after_outside: '$1 de $2 de innovación ($3) fue fuera del horario laboral.',
  popup_after_warning:
    'La innovación relegada a las noches tras un día lleno de ejecución es un camino al agotamiento: resérvala dentro de la jornada laboral.',

  popup_largest_series_one: 'serie, $1 vez',
  popup_largest_series_many: 'serie, $1 de veces',
  popup_largest_series_other: 'serie, $1 veces',
  popup_largest_repeated_one: 'repetido, $1 vez',
  popup_largest_repeated_many: 'repetido, $1 de veces',
  popup_largest_repeated_other: 'repetido, $1 veces',

  popup_trend_label: 'Porcentaje de innovación por semana frente a un objetivo del $1: $2',
  popup_trend_point: '$1: $2 ($3 de 7 días vistos)',
  popup_trend_no_data: '$1: sin datos',
  popup_trend_note: 'Innovación en % por semana; la línea discontinua es tu objetivo del $1.',
  popup_show_list: 'Ver como lista',

  popup_export_csv: 'Esta semana en CSV',
  popup_export_json: 'Todos los datos en JSON',
  popup_saved_file: 'Guardado: $1',
  popup_export_failed: 'No se pudo exportar.',
  popup_no_page_report: 'Sin informe de página.',

  popup_question_1:
    '¿Qué parte de la ejecución de esta semana podría convertirse en una lista de comprobación o una plantilla que otra persona pueda seguir?',
  popup_question_2:
    'Cuando la semana se complicó, ¿te refugiaste en hacer el trabajo tú mismo o lo lideraste?',
  popup_question_3:
    '¿Tu tiempo de innovación estaba reservado donde nadie podía quitártelo, o se desplazó a tus noches?',
  popup_question_4:
    '¿Tu objetivo es el adecuado para tu puesto y tu ámbito actuales, o es un hábito de un puesto anterior?',
  popup_question_5:
    '¿Qué idea tuya se estancó esta semana por falta de un siguiente paso concreto?',
  popup_question_6:
    '¿Qué se podría automatizar para que el tiempo ahorrado vaya al siguiente horizonte y no a más trabajo?',
  popup_question_7:
    '¿Dónde se encuentra el trabajo de tu equipo con el de otros equipos, y ve tu equipo esos límites?',
  popup_question_8:
    '¿Cómo alimentó la ejecución de esta semana una idea, y cómo podría una idea aliviar la ejecución de la próxima?',
  popup_question_9: '¿Qué reunión periódica podría asumir tu equipo sin ti?',
  popup_question_10:
    '¿Quién de tu equipo detectó una pequeña carencia y propuso una solución, y se lo reconociste?',
  popup_question_11:
    'Si la próxima semana miraras un horizonte más allá, ¿para qué reservarías tiempo?',
  popup_question_12:
    '¿Qué exigencias te parecieron un dilema de «o esto o aquello» esta semana, y cómo podrían convertirse en «esto y aquello»?',

  popup_read_back: '← Volver a la semana',
  popup_read_heading: 'Lo que leyó Polarity',
  popup_read_loading: 'Consultando la última lectura…',
  popup_read_error: 'No se pudo consultar a Polarity.',
  popup_read_none:
    'Polarity no ha leído ninguna página de Google Calendar desde que se inició el navegador. Abre una y vuelve a mirar.',
  popup_read_cant: 'No se puede leer esta vista',
  popup_read_verdict_one: '$2 leída: $1 evento contado.',
  popup_read_verdict_many: '$2 leída: $1 de eventos contados.',
  popup_read_verdict_other: '$2 leída: $1 eventos contados.',
  popup_view_day: 'Vista de día',
  popup_view_week: 'Vista de semana',
  popup_view_customday: 'Vista personalizada (días)',
  popup_view_customweek: 'Vista personalizada (semana)',
  popup_view_month: 'Vista de mes',
  popup_view_agenda: 'Vista de agenda',
  popup_view_year: 'Vista de año',
  popup_view_current: 'Vista actual',
  popup_read_not_stored:
    'No se guardó nada de esta página: tus cifras siguen como estaban. Un informe de página (abajo) muestra cómo es ahora la página para que se pueda corregir.',
  popup_read_chips_found: 'Fichas de evento encontradas',
  popup_read_chips_unread: 'Fichas que Polarity no pudo leer',
  popup_read_not_counted: 'No contados',
  popup_read_nothing: 'nada',
  popup_read_per_day: 'Contados por día',
  popup_read_events: 'Eventos',
  popup_read_time: 'Tiempo',
  popup_read_partly: 'mostrado en parte',
  popup_read_time_blocks_one: '($1 bloque de tiempo)',
  popup_read_time_blocks_many: '($1 de bloques de tiempo)',
  popup_read_time_blocks_other: '($1 bloques de tiempo)',
  popup_read_partly_note:
    'Mostrado en parte: una ficha no se pudo leer o «N más» oculta eventos. Polarity conserva lo que guardó de esos días y solo añade.',
  popup_read_why_heading: 'No contados, y por qué',
  popup_read_no_title: '(sin título)',
  popup_why_declined: 'rechazado',
  popup_why_task: 'tarea',
  popup_why_all_day: 'todo el día',
  popup_why_holiday: 'festivo',
  popup_why_birthday: 'cumpleaños',
  popup_why_working_location: 'ubicación de trabajo',
  popup_why_out_of_office: 'fuera de la oficina',
  popup_count_declined_one: '$1 rechazado',
  popup_count_declined_many: '$1 de rechazados',
  popup_count_declined_other: '$1 rechazados',
  popup_count_task_one: '$1 tarea',
  popup_count_task_many: '$1 de tareas',
  popup_count_task_other: '$1 tareas',
  popup_count_all_day_one: '$1 de todo el día',
  popup_count_all_day_many: '$1 de todo el día',
  popup_count_all_day_other: '$1 de todo el día',
  popup_count_holiday_one: '$1 festivo',
  popup_count_holiday_many: '$1 de festivos',
  popup_count_holiday_other: '$1 festivos',
  popup_count_birthday_one: '$1 cumpleaños',
  popup_count_birthday_many: '$1 de cumpleaños',
  popup_count_birthday_other: '$1 cumpleaños',
  popup_count_working_location_one: '$1 ubicación de trabajo',
  popup_count_working_location_many: '$1 de ubicaciones de trabajo',
  popup_count_working_location_other: '$1 ubicaciones de trabajo',
  popup_count_out_of_office_one: '$1 fuera de la oficina',
  popup_count_out_of_office_many: '$1 de fuera de la oficina',
  popup_count_out_of_office_other: '$1 fuera de la oficina',
  popup_read_report_heading: 'Informar de un problema',
  popup_read_report_note:
    'Guarda la estructura de la página en un archivo para adjuntarlo a un informe de error. Cada título, nombre, dirección, descripción e id se sustituye por un marcador.',
  popup_read_report_save: 'Guardar un informe de página',
  review_too_many_rules: 'Caben como máximo $1 reglas; elimina una en Opciones.',
};
