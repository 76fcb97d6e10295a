import type { enWelcome } from './en';

export const itWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Benvenuto in Polarity',
  welcome_lead:
    'Esecuzione e innovazione sono una polarità: due esigenze da gestire insieme. Polarity legge la tua settimana in Google Calendar, distingue le due e tiene d’occhio la ripartizione. Nulla lascia questo browser.',
  welcome_role_heading: '1. Il tuo ruolo e il tuo ambito',
  welcome_role_hint:
    'La ripartizione giusta dipende dall’ambito del tuo ruolo. Scegli quella più vicina alla tua: viene salvata subito e puoi cambiarla nelle Opzioni.',
  welcome_week_heading: '2. La tua settimana lavorativa',
  welcome_week_hint:
    'L’innovazione fuori da questi orari conta comunque, e viene indicata come tempo fuori orario.',
  welcome_tag_heading: '3. Come classificare',
  welcome_tag_auto:
    'Ogni evento riceve una categoria da solo: i titoli con parole come «prototipo» o «strategia» contano come innovazione, gli eventi di un giorno intero e le assenze sono esclusi, il resto è esecuzione.',
  welcome_tag_fix:
    'Per correggere, apri l’evento in Google Calendar: sotto i dettagli Polarity mostra quattro pulsanti, Esecuzione, Innovazione, Escludi e Auto. Per un evento ricorrente puoi classificare l’intera serie.',
  welcome_marks_intro: 'Ogni evento del calendario ha una barra sul bordo sinistro:',
  welcome_marks_label: 'Indicatori nel calendario',
  welcome_mark_innovation:
    'Innovazione: una barra larga verde petrolio e un contorno intorno all’evento.',
  welcome_mark_execution: 'Esecuzione: una barra stretta blu scuro.',
  welcome_mark_excluded: 'Escluso: una barra a strisce e un tratteggio; non conta.',
  welcome_badge_heading: '4. Cosa indica il badge',
  welcome_badge_lead:
    'L’icona nella barra degli strumenti mostra la quota di innovazione di questa settimana. Il suo suggerimento dice lo stato a parole, con le ore, l’obiettivo e i giorni visti.',
  welcome_badges_label: 'Stati del badge',
  welcome_badge_on_target: 'Verde: obiettivo raggiunto o superato.',
  welcome_badge_below: 'Ambra chiaro, testo scuro: sotto il tuo obiettivo.',
  welcome_badge_override:
    'Rosso scuro: c’è stata una sottrazione di tempo di innovazione non ancora gestita.',
  welcome_badge_none: 'Grigio, senza numero: ancora nulla di conteggiato.',
  welcome_open_heading: '5. Apri Google Calendar',
  welcome_open_hint:
    'Polarity conta le settimane che apri nella vista settimanale. Apri questa settimana, poi torna indietro di qualche settimana per riempire la cronologia.',
  welcome_open_button: 'Apri Google Calendar',
  welcome_later: 'Puoi tornare a questa pagina dalle Opzioni.',
  welcome_options_button: 'Apri le Opzioni',
  options_start_heading: 'Per iniziare',
  options_welcome_button: 'Mostra la pagina di benvenuto',
  options_welcome_hint:
    'Ruolo e obiettivo, settimana lavorativa, come funzionano la classificazione e il badge.',
  options_shortcut: 'Scorciatoia da tastiera per la finestra di Polarity:',
  options_shortcut_none:
    'Non è impostata alcuna scorciatoia da tastiera per la finestra di Polarity.',
  options_shortcut_change:
    'Puoi cambiarla nelle scorciatoie delle estensioni del browser (Chrome: chrome://extensions/shortcuts; Firefox: Componenti aggiuntivi, Gestisci scorciatoie estensioni).',
  badge_split_on_target:
    'Polarity$1: obiettivo raggiunto. Innovazione $2% ($3), esecuzione $4% ($5); obiettivo $6%; $7$8; $9',
  badge_split_below:
    'Polarity$1: sotto l’obiettivo. Innovazione $2% ($3), esecuzione $4% ($5); obiettivo $6%; $7$8; $9',
  badge_split_override:
    'Polarity$1: sottrazione di tempo di innovazione. Innovazione $2% ($3), esecuzione $4% ($5); obiettivo $6%; $7$8; $9',
};
