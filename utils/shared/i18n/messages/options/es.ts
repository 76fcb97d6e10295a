import type { Messages } from '../../render';

// Spanish: the options page. Product words: ../../glossary.ts.
export const esOptions: Messages = {
  options_page_title: 'Opciones de Polarity',
  options_lead:
    'Los cambios se guardan a medida que los haces y se ven al instante en el icono, en la ventana de Polarity y en Google Calendar. Todo se queda en este navegador.',
  options_target_heading: 'Objetivo',
  options_week_heading: 'Semana laboral',
  options_nudges_heading: 'Avisos',
  options_rules_heading: 'Reglas',
  options_rules_lead:
    'Cada evento se clasifica según lo primero que se aplique: tu categoría en el evento, tu categoría en su serie, tus reglas en orden (gana la primera que coincida) y, por último, las palabras clave integradas.',
  options_add_rule_heading: 'Añadir una regla',
  options_add_rule: 'Añadir regla',
  options_keywords_heading: 'Palabras clave integradas',
  options_try_heading: 'Pruébalo',
  options_data_heading: 'Tus datos',

  options_settings_load_error: 'No se pudo leer tu configuración: $1.',
  options_settings_problem: 'No guardado: $1.',
  options_settings_not_saved: 'No guardado: $1. Tu configuración sigue como estaba.',
  options_rules_load_error: 'No se pudieron leer tus reglas: $1',
  options_rules_not_saved: 'No guardado: $1',

  options_target_legend: 'Reparto objetivo, ejecución / innovación',
  options_target_hint:
    'El reparto adecuado depende del alcance de tu puesto, no de un 50/50. El icono se pone verde cuando alcanzas o superas tu objetivo.',
  options_fits_90_10:
    'Recién llegado a un puesto de liderazgo, o un ámbito pequeño donde se valora sobre todo la entrega.',
  options_fits_80_20:
    'Líder de equipo aún operativo: la mayor parte de la semana entrega, un bloque protegido mejora el cómo.',
  options_fits_75_25:
    'Al frente de varios equipos: convertir los problemas de ejecución recurrentes en listas de control, plantillas y automatización.',
  options_fits_60_40:
    'Un ámbito amplio (un departamento o más), donde tu trabajo es mirar un horizonte más allá.',
  options_custom: 'Personalizado',
  options_custom_fits: 'Tu propio reparto, si ninguno de estos encaja.',
  options_custom_percent: 'Parte de innovación, en porcentaje',
  options_custom_error: 'Introduce un número entero del $1 al $2.',
  options_target_saved: 'Objetivo fijado en $1.',
  options_target_custom_saved: 'Objetivo fijado en $1/$2 (personalizado).',

  options_week_start_label: 'La semana empieza el',
  options_week_start_google: 'Como en Google Calendar',
  options_week_start_saved: 'Ahora la semana empieza el $1.',
  options_week_start_saved_google: 'Ahora la semana empieza como en Google Calendar.',
  options_working_days: 'Días laborables',
  options_day_on: 'El $1 es ahora un día laborable.',
  options_day_off: 'El $1 ya no es un día laborable.',
  options_keep_one_day: 'Mantén al menos un día laborable.',
  options_working_hours: 'Horario laboral',
  options_hours_hint:
    'La innovación fuera de este horario también cuenta; la ventana de Polarity la muestra como fuera de horario.',
  options_from: 'De',
  options_to: 'A',
  options_enter_time: 'Introduce una hora, por ejemplo $1.',
  options_hours_order: 'El horario laboral debe terminar después de empezar.',
  options_hours_saved: 'Horario laboral: de $1 a $2.',

  options_nudge_me: 'Avisarme',
  options_nudge_overrides: 'Cuando se quita tiempo de innovación',
  options_nudge_overrides_hint:
    'Una reunión encima de un bloque de innovación, o un bloque eliminado, acortado o sacado de la semana: una notificación y una nota en Google Calendar, una sola vez.',
  options_nudge_overrides_on: 'Se te avisará cuando se quite tiempo de innovación.',
  options_nudge_overrides_off: 'No habrá más avisos cuando se quite tiempo de innovación.',
  options_nudge_next_week: 'Cuando la próxima semana no tiene innovación reservada',
  options_nudge_next_week_hint:
    'Al final de la semana laboral, un recordatorio para reservarla antes de que otra persona ocupe ese tiempo.',
  options_nudge_next_week_on:
    'Se te recordará reservar el tiempo de innovación de la próxima semana.',
  options_nudge_next_week_off: 'No habrá más recordatorios sobre la próxima semana.',
  options_nudge_quiet: 'Silencio fuera del horario laboral',
  options_nudge_quiet_hint:
    'Un aviso que surge por la tarde o en un día libre espera a tu próxima hora de trabajo.',
  options_nudge_quiet_on: 'Los avisos esperan al horario laboral.',
  options_nudge_quiet_off: 'Los avisos llegan a cualquier hora.',

  options_no_rules: 'Aún no hay reglas: deciden las palabras clave integradas de abajo.',
  options_rule_n: 'Regla $1:',
  options_quoted: '«$1»',
  options_when_keywords: 'el título contiene $1',
  options_when_regex: 'el título coincide con $1',
  options_when_calendar: 'el calendario es $1',
  options_when_color: 'el color es $1',
  options_when_guests: 'con invitados',
  options_when_solo: 'individual (sin invitados)',
  options_when_time_block: 'es un bloque de tiempo (tiempo de concentración, tarea planificada)',
  options_move_up: 'Subir la regla $1',
  options_move_down: 'Bajar la regla $1',
  options_edit_rule: 'Editar la regla $1',
  options_delete_rule: 'Eliminar la regla $1',
  options_edit: 'Editar',
  options_delete: 'Eliminar',
  options_save_rule: 'Guardar la regla $1',
  options_max_rules: 'Como máximo $1 reglas.',
  options_rule_added: 'Regla añadida.',
  options_rule_saved: 'Regla guardada.',
  options_rule_moved: 'Regla movida a la posición $1.',
  options_rule_deleted: 'Regla eliminada.',

  options_condition: 'Condición',
  options_type_keywords: 'El título contiene una palabra clave',
  options_type_regex: 'El título coincide con una expresión regular',
  options_type_calendar: 'El calendario es',
  options_type_color: 'El color del evento es',
  options_type_guests: 'Invitados',
  options_type_time_block: 'Es un bloque de tiempo (tiempo de concentración, tarea planificada)',
  options_text_keywords: 'Palabras clave, separadas por comas',
  options_text_regex: 'Expresión regular',
  options_text_calendar: 'Nombre del calendario',
  options_text_color: 'Nombre del color (como lo muestra Calendar, p. ej., Grafito)',
  options_case_sensitive: 'Distinguir mayúsculas y minúsculas',
  options_the_event: 'El evento',
  options_has_guests: 'tiene invitados',
  options_is_solo: 'es individual (sin invitados)',
  options_then: 'Entonces',
  options_cancel: 'Cancelar',
  options_no_keyword: 'Introduce al menos una palabra clave.',
  options_too_many_keywords: 'Usa como máximo $1 palabras clave en una regla.',
  options_keyword_too_long: 'Cada palabra clave debe tener menos de $1 caracteres.',
  options_pattern_empty: 'La expresión está vacía.',
  options_pattern_too_long: 'La expresión supera los $1 caracteres.',
  options_pattern_invalid: 'No es una expresión regular válida: $1',
  options_calendar_empty: 'Introduce un nombre de calendario.',
  options_calendar_too_long: 'El nombre del calendario es demasiado largo.',
  options_color_empty: 'Introduce un nombre de color.',
  options_color_too_long: 'El nombre del color es demasiado largo.',
  options_choose_category: 'Elige una categoría.',

  options_keywords_label:
    'Palabras clave de innovación (una por línea; palabras completas, sin distinguir mayúsculas). Cualquier otro evento con hora es ejecución; los eventos de todo el día, las ausencias, la ubicación de trabajo, las tareas, los festivos y los cumpleaños quedan excluidos.',
  options_save_keywords: 'Guardar palabras clave',
  options_restore_keywords: 'Restablecer la lista integrada',
  options_keywords_saved: 'Palabras clave guardadas.',

  options_test_title: 'Probar un título',
  options_test_placeholder: 'p. ej., Revisión del prototipo',
  options_test_hint:
    'Las reglas de calendario, color e invitados necesitan un evento real, así que aquí nunca coinciden.',

  options_storage_full_title: 'El almacenamiento está lleno.',
  options_storage_full:
    'A las $1, Polarity no pudo guardar lo siguiente: $2. No se perdió ni se dañó nada de lo que ya tenía guardado.',
  options_storage_full_hint:
    'Libera espacio en disco o conserva menos historial (en «Tus datos», más abajo). El icono también lo indica hasta que se vuelva a guardar correctamente.',

  options_history_kept: 'Historial conservado',
  options_history_default: '$1 (predeterminado)',
  options_history_saved: 'Historial conservado: $1.',
  options_history_hint:
    'Las semanas más antiguas se eliminan cada día. Las categorías de las series se mantienen.',
  options_history_confirm_title: '¿Conservar solo $1 de historial?',
  options_history_confirm: 'Eliminar el historial más antiguo',
  options_history_cancel: 'Conservarlo',
  options_history_body:
    'Todo lo anterior al $1 se elimina ahora: los días guardados, sus invasiones y las categorías de eventos que ya no se muestran. Haz antes una copia de seguridad si puedes necesitarlo.',
  options_backup_heading: 'Copia de seguridad',
  options_backup_hint:
    'Un solo archivo JSON con todo: historial, categorías, invasiones, reglas y configuración. Se queda en tu ordenador.',
  options_backup_button: 'Hacer copia de seguridad de todo',
  options_restore_heading: 'Restaurar',
  options_restore_label: 'Restaurar desde una copia de seguridad',
  options_restore_hint:
    'Primero se comprueba el archivo entero; un archivo dañado o ajeno se rechaza y no cambia nada.',
  options_restore_title: '¿Sustituir todos tus datos por $1?',
  options_restore_confirm: 'Sustituir mis datos',
  options_restore_cancel: 'Cancelar la restauración',
  options_restore_body: 'Todo lo que Polarity guarda ahora se sustituye de una vez.',
  options_reset_heading: 'Empezar de cero',
  options_reset_button: 'Eliminar todos los datos…',
  options_reset_title: '¿Eliminar todos los datos de Polarity?',
  options_reset_confirm: 'Eliminar todo',
  options_reset_cancel: 'Conservar mis datos',
  options_reset_body:
    'Se eliminan de este navegador todas las semanas, categorías e invasiones guardadas, y las reglas y la configuración vuelven a sus valores predeterminados (también en tus otros navegadores sincronizados). No se puede deshacer: haz antes una copia de seguridad si puedes necesitarlo.',
  options_working: 'Procesando…',

  options_backup_holds: '$1 de historial (del $2 al $3), $4, $5, $6 y la configuración',
  options_backup_holds_no_days: '$1 de historial, $2, $3, $4 y la configuración',
  options_tags_one: '$1 categoría',
  options_tags_many: '$1 de categorías',
  options_tags_other: '$1 categorías',
  options_overrides_one: '$1 invasión',
  options_overrides_many: '$1 de invasiones',
  options_overrides_other: '$1 invasiones',
  options_rules_one: '$1 regla',
  options_rules_many: '$1 de reglas',
  options_rules_other: '$1 reglas',
  options_old_backup_rules: 'ninguna regla (una copia antigua: tus reglas se quedan como están)',
  options_backup_saved: '$1 guardado: $2.',
  options_backup_saved_plain: '$1 guardado.',
  options_backup_failed: 'Error en la copia de seguridad: $1.',
  options_backup_of: 'Copia de seguridad del $1: $2.',
  options_file_refused: 'No restaurado: $1 No se ha cambiado nada.',
  options_restore_cancelled: 'Restauración cancelada. No se ha cambiado nada.',
  options_not_restored: 'No restaurado: $1',
  options_restore_error: 'No restaurado: $1. No se ha cambiado nada.',
  options_restore_partial:
    'Se restauraron el historial, las categorías y las invasiones, pero no la configuración ni las reglas: $1.',
  options_restored: '$1 restaurado.',
  options_restored_pruned_one:
    '$2 restaurado. Después se eliminó $1 día anterior al historial que conservas.',
  options_restored_pruned_many:
    '$2 restaurado. Después se eliminaron $1 de días anteriores al historial que conservas.',
  options_restored_pruned_other:
    '$2 restaurado. Después se eliminaron $1 días anteriores al historial que conservas.',
  options_nothing_deleted: 'No se ha eliminado nada.',
  options_reset_refused: 'No eliminado: $1',
  options_reset_partial:
    'Se eliminó el historial, pero no se pudo restablecer la configuración: $1.',
  options_reset_done:
    'Se eliminaron todos los datos de Polarity; la configuración y las reglas vuelven a sus valores predeterminados.',
  options_reset_error: 'No se ha eliminado nada: $1.',
};
