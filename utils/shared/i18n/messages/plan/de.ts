import type { Messages } from '../../render';

// German: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const dePlan: Messages = {
  plan_badge_gap: '; geplant $1 %: noch $2 buchen, um $3 % zu erreichen',
  plan_badge_on_target: '; geplant $1 %',
  plan_heading: 'Die Woche im Voraus',
  plan_this_week: 'Diese Woche',
  plan_next_week: 'Nächste Woche',
  plan_planned: 'Geplant: $1 % Innovation · Ziel $2 %',
  plan_nothing_planned: 'Noch nichts geplant.',
  plan_so_far: 'Bisher: $1 Innovation, $2 Umsetzung',
  plan_ahead: 'Geplant: $1 Innovation, $2 Umsetzung',
  plan_gap: 'Noch $1 buchen, um $2 % zu erreichen.',
  plan_on_target: 'Wie geplant im Ziel.',
  plan_out_of_reach: 'Ein Ziel von $1 % ist nicht erreichbar, solange Umsetzung gebucht ist.',
  plan_unseen: 'Noch nicht gesehen.',
  plan_open_week: 'In Google Kalender öffnen',
  plan_days_seen: 'Geplant aus den $1 von 7 gesehenen Tagen.',
  plan_slots_label: 'Freie Zeiten in der Arbeitszeit',
  plan_book_slot: '$1 buchen',
  plan_no_slots: 'Keine freie Zeit in der Arbeitszeit an den gesehenen Tagen.',
  plan_weekly: 'Jede Woche wiederholen',
  plan_other_hours: 'Auch Zeiten außerhalb der Arbeitszeit zeigen',
  plan_other_slots_label: 'Freie Zeiten außerhalb der Arbeitszeit',
  plan_booking_note:
    'Öffnet die Seite für neue Termine in Google Kalender, ausgefüllt; gespeichert wird erst, wenn Sie dort speichern.',
  plan_streak_one: '$1 Woche in Folge im Ziel',
  plan_streak_other: '$1 Wochen in Folge im Ziel',
  plan_streak_at_least_one: 'Mindestens $1 Woche in Folge im Ziel',
  plan_streak_at_least_other: 'Mindestens $1 Wochen in Folge im Ziel',
  plan_streak_none: 'Letzte Woche lag unter dem Ziel: noch keine Serie von Wochen im Ziel.',
  plan_streak_kept: 'Der Plan dieser Woche setzt sie fort.',
  plan_streak_at_risk:
    'Diese Woche ist unter dem Ziel geplant: Buchen Sie die Lücke, um die Serie zu halten.',
  plan_pattern_heading: 'Innovation nach Feierabend, zwei Wochen in Folge',
  plan_pattern_weeks: 'Woche vom $1: $2 % der Innovation außerhalb der Arbeitszeit.',
  plan_pattern_reason:
    'Innovation, die nach einem vollen Tag Umsetzung in den Abend gedrängt wird, führt zu Burnout. Buchen Sie sie in den Arbeitstag, wo sie sich schützen lässt.',
  nudge_streak_title_one: 'Halten Sie Ihre $1 Woche im Ziel',
  nudge_streak_title_other: 'Halten Sie Ihre $1 Wochen im Ziel',
  nudge_streak_message:
    'Diese Woche ist mit $1 % bei einem Ziel von $2 % geplant. Buchen Sie noch $3: $4 ist frei.',
  nudge_streak_message_no_slot:
    'Diese Woche ist mit $1 % bei einem Ziel von $2 % geplant. Buchen Sie noch $3, bevor die Woche endet.',
  nudge_pattern_title: 'Innovation nach Feierabend, zwei Wochen in Folge',
  nudge_pattern_message:
    'Zwei Wochen lang lag der Großteil Ihrer Innovation außerhalb der Arbeitszeit. Das führt zu Burnout: Buchen Sie sie in den Arbeitstag.',
  nudge_book_slot: 'Zeit buchen',
  nudge_open_week: 'Diese Woche öffnen',
  opt_ahead_heading: 'Die Woche im Voraus',
  opt_block_name_label: 'Titel eines aus dem Pop-up gebuchten Blocks',
  opt_block_name_hint:
    'Die Zeit-Schaltflächen im Pop-up öffnen die Seite für neue Termine in Google Kalender mit diesem Titel. Leer lassen für den Standardtitel.',
  opt_block_name_saved: 'Gebuchte Blöcke heißen „$1“.',
  opt_streak_label: 'Wenn eine Serie von Wochen im Ziel abzureißen droht',
  opt_streak_hint:
    'Spät in der Arbeitswoche, wenn diese Woche unter dem Ziel geplant ist: eine Erinnerung, mit einer freien Zeit.',
  opt_pattern_label: 'Wenn Innovation in den Feierabend rutscht',
  opt_pattern_hint:
    'Einmal, wenn der Großteil der Innovation zwei Wochen in Folge außerhalb der Arbeitszeit lag, mit freien Zeiten in der Arbeitszeit.',
  opt_nudge_on: 'Ein: $1.',
  opt_nudge_off: 'Aus: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Dient…',
  serves_none: 'Nichts Bestimmtem',
  serves_heading: 'Innovation, die der Umsetzung dient',
  serves_share: '$1 der $2 Innovation dieser Woche diente der Umsetzung.',
  serves_item: '$1: $2',
  serves_empty:
    'Keine Innovation dieser Woche ist mit Umsetzung verknüpft. Öffnen Sie in Google Calendar einen Innovationstermin und wählen Sie unter „Dient…“, wem er dient.',
  serves_trend_heading: 'Über acht Wochen',
  serves_trend_down: '$1: Die Umsetzungszeit ging nach der Arbeit zurück, von $2 auf $3 pro Woche.',
  serves_trend_up: '$1: Die Umsetzungszeit stieg nach der Arbeit, von $2 auf $3 pro Woche.',
  serves_trend_same: '$1: Die Umsetzungszeit blieb nach der Arbeit bei $2 pro Woche.',
  serves_trend_unknown: '$1: Noch zu wenige Wochen vor und nach der Arbeit für eine Aussage.',
};
