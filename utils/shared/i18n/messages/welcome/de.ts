import type { enWelcome } from './en';

export const deWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Willkommen bei Polarity',
  welcome_lead:
    'Umsetzung und Innovation sind eine Polarität: zwei Bedürfnisse, die Sie gemeinsam steuern. Polarity liest Ihre Woche in Google Kalender, unterscheidet beides und behält das Verhältnis im Blick. Nichts verlässt diesen Browser.',
  welcome_role_heading: '1. Ihre Rolle und Ihr Verantwortungsbereich',
  welcome_role_hint:
    'Das richtige Verhältnis hängt vom Umfang Ihrer Rolle ab. Wählen Sie, was Ihrer am nächsten kommt: Es wird sofort gespeichert und lässt sich in den Optionen ändern.',
  welcome_week_heading: '2. Ihre Arbeitswoche',
  welcome_week_hint:
    'Innovation außerhalb dieser Zeiten zählt trotzdem und wird als Zeit außerhalb der Arbeitszeit ausgewiesen.',
  welcome_tag_heading: '3. So ordnen Sie zu',
  welcome_tag_auto:
    'Jeder Termin erhält von selbst eine Kategorie: Titel mit Wörtern wie „Prototyp“ oder „Strategie“ zählen als Innovation, ganztägige Termine und Abwesenheiten werden ausgeschlossen, der Rest ist Umsetzung.',
  welcome_tag_fix:
    'Zum Korrigieren öffnen Sie den Termin in Google Kalender: Unter den Details zeigt Polarity vier Schaltflächen, Umsetzung, Innovation, Ausschließen und Auto. Bei einer Terminserie können Sie die ganze Serie zuordnen.',
  welcome_marks_intro: 'Jeder Termin im Kalender trägt einen Balken am linken Rand:',
  welcome_marks_label: 'Markierungen im Kalender',
  welcome_mark_innovation:
    'Innovation: ein breiter petrolfarbener Balken und ein Rahmen um den Termin.',
  welcome_mark_execution: 'Umsetzung: ein schmaler dunkelblauer Balken.',
  welcome_mark_excluded: 'Ausgeschlossen: ein gestreifter Balken und eine Schraffur; zählt nicht.',
  welcome_badge_heading: '4. Was das Symbol anzeigt',
  welcome_badge_lead:
    'Das Symbol in der Symbolleiste zeigt den Innovationsanteil dieser Woche. Sein Tooltip nennt den Zustand in Worten, mit den Stunden, dem Ziel und den gesehenen Tagen.',
  welcome_badges_label: 'Zustände des Symbols',
  welcome_badge_on_target: 'Grün: Ziel erreicht oder übertroffen.',
  welcome_badge_below: 'Hellorange, dunkle Schrift: unter Ihrem Ziel.',
  welcome_badge_override: 'Dunkelrot: Innovationszeit wurde verdrängt und ist noch nicht erledigt.',
  welcome_badge_none: 'Grau, ohne Zahl: noch nichts gezählt.',
  welcome_open_heading: '5. Google Kalender öffnen',
  welcome_open_hint:
    'Polarity zählt die Wochen, die Sie in der Wochenansicht öffnen. Öffnen Sie diese Woche und blättern Sie ein paar Wochen zurück, um Ihren Verlauf zu füllen.',
  welcome_open_button: 'Google Kalender öffnen',
  welcome_later: 'Sie können diese Seite über die Optionen wieder aufrufen.',
  welcome_options_button: 'Optionen öffnen',
  options_start_heading: 'Erste Schritte',
  options_welcome_button: 'Willkommensseite anzeigen',
  options_welcome_hint: 'Rolle und Ziel, Arbeitswoche, wie Zuordnen und das Symbol funktionieren.',
  options_shortcut: 'Tastenkürzel für das Polarity-Fenster:',
  options_shortcut_none: 'Für das Polarity-Fenster ist kein Tastenkürzel festgelegt.',
  options_shortcut_change:
    'Sie können es in den Erweiterungs-Tastenkürzeln Ihres Browsers ändern (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons, Tastenkombinationen für Erweiterungen verwalten).',
  badge_split_on_target:
    'Polarity$1: Ziel erreicht. Innovation $2 % ($3), Umsetzung $4 % ($5); Ziel $6 %; $7$8; $9',
  badge_split_below:
    'Polarity$1: unter dem Ziel. Innovation $2 % ($3), Umsetzung $4 % ($5); Ziel $6 %; $7$8; $9',
  badge_split_override:
    'Polarity$1: Innovationszeit verdrängt. Innovation $2 % ($3), Umsetzung $4 % ($5); Ziel $6 %; $7$8; $9',
};
