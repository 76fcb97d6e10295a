import type { enWelcome } from './en';

export const esWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Te damos la bienvenida a Polarity',
  welcome_lead:
    'La ejecución y la innovación son una polaridad: dos necesidades que se gestionan juntas. Polarity lee tu semana en Google Calendar, distingue ambas y mantiene el reparto a la vista. Nada sale de este navegador.',
  welcome_role_heading: '1. Tu rol y tu alcance',
  welcome_role_hint:
    'El reparto adecuado depende del alcance de tu rol. Elige el que más se parezca al tuyo: se guarda al instante y puedes cambiarlo en Opciones.',
  welcome_week_heading: '2. Tu semana laboral',
  welcome_week_hint:
    'La innovación fuera de este horario también cuenta, y se muestra como tiempo fuera del horario laboral.',
  welcome_tag_heading: '3. Cómo clasificar',
  welcome_tag_auto:
    'Cada evento recibe una categoría por sí solo: los títulos con palabras como «prototipo» o «estrategia» cuentan como innovación, los eventos de todo el día y las ausencias se excluyen, el resto es ejecución.',
  welcome_tag_fix:
    'Para corregir uno, abre el evento en Google Calendar: bajo sus detalles, Polarity muestra cuatro botones, Ejecución, Innovación, Excluir y Auto. En un evento periódico puedes clasificar toda la serie.',
  welcome_marks_intro: 'Cada evento del calendario lleva una barra en su borde izquierdo:',
  welcome_marks_label: 'Marcas en el calendario',
  welcome_mark_innovation:
    'Innovación: una barra ancha verde azulado y un contorno alrededor del evento.',
  welcome_mark_execution: 'Ejecución: una barra estrecha azul marino.',
  welcome_mark_excluded: 'Excluido: una barra a rayas y un sombreado; no cuenta.',
  welcome_badge_heading: '4. Qué indica la insignia',
  welcome_badge_lead:
    'El icono de la barra de herramientas muestra la parte de innovación de esta semana. Su descripción emergente dice el estado con palabras, con las horas, el objetivo y los días vistos.',
  welcome_badges_label: 'Estados de la insignia',
  welcome_badge_on_target: 'Verde: en tu objetivo o por encima.',
  welcome_badge_below: 'Ámbar claro, texto oscuro: por debajo de tu objetivo.',
  welcome_badge_override:
    'Rojo oscuro: se ha invadido tiempo de innovación y aún no se ha resuelto.',
  welcome_badge_none: 'Gris, sin número: aún no se ha contado nada.',
  welcome_open_heading: '5. Abrir Google Calendar',
  welcome_open_hint:
    'Polarity cuenta las semanas que abres en la vista semanal. Abre esta semana y retrocede unas cuantas para llenar tu historial.',
  welcome_open_button: 'Abrir Google Calendar',
  welcome_later: 'Puedes volver a esta página desde Opciones.',
  welcome_options_button: 'Abrir Opciones',
  options_start_heading: 'Primeros pasos',
  options_welcome_button: 'Mostrar la página de bienvenida',
  options_welcome_hint:
    'Rol y objetivo, semana laboral, cómo funcionan la clasificación y la insignia.',
  options_shortcut: 'Atajo de teclado de la ventana de Polarity:',
  options_shortcut_none: 'No hay ningún atajo de teclado para la ventana de Polarity.',
  options_shortcut_change:
    'Puedes cambiarlo en los atajos de extensiones de tu navegador (Chrome: chrome://extensions/shortcuts; Firefox: Complementos, Administrar atajos de extensiones).',
  badge_split_on_target:
    'Polarity$1: objetivo cumplido. Innovación $2 % ($3), ejecución $4 % ($5); objetivo $6 %; $7$8; $9',
  badge_split_below:
    'Polarity$1: por debajo del objetivo. Innovación $2 % ($3), ejecución $4 % ($5); objetivo $6 %; $7$8; $9',
  badge_split_override:
    'Polarity$1: tiempo de innovación invadido. Innovación $2 % ($3), ejecución $4 % ($5); objetivo $6 %; $7$8; $9',
};
