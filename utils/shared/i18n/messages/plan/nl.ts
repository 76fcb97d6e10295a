import type { Messages } from '../../render';

// Dutch: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const nlPlan: Messages = {
  plan_badge_gap: '; gepland $1%: boek nog $2 om $3% te halen',
  plan_badge_on_target: '; gepland $1%',
  plan_heading: 'De week vooruit',
  plan_this_week: 'Deze week',
  plan_next_week: 'Volgende week',
  plan_planned: 'Gepland: $1% innovatie · doel $2%',
  plan_nothing_planned: 'Nog niets gepland.',
  plan_so_far: 'Tot nu toe: $1 innovatie, $2 uitvoering',
  plan_ahead: 'Gepland: $1 innovatie, $2 uitvoering',
  plan_gap: 'Boek nog $1 om $2% te halen.',
  plan_on_target: 'Op doel zoals gepland.',
  plan_out_of_reach: 'Een doel van $1% is niet haalbaar zolang er uitvoering geboekt is.',
  plan_unseen: 'Nog niet gezien.',
  plan_open_week: 'Open hem in Google Agenda',
  plan_days_seen: 'Gepland op basis van de $1 van 7 geziene dagen.',
  plan_slots_label: 'Vrije tijden binnen werktijd',
  plan_book_slot: '$1 boeken',
  plan_no_slots: 'Geen vrije tijd binnen werktijd op de geziene dagen.',
  plan_weekly: 'Elke week herhalen',
  plan_other_hours: 'Ook tijden buiten werktijd tonen',
  plan_other_slots_label: 'Vrije tijden buiten werktijd',
  plan_booking_note:
    'Opent de pagina voor een nieuwe afspraak in Google Agenda, ingevuld; er wordt niets opgeslagen tot u het daar opslaat.',
  plan_streak_one: '$1 week op rij op doel',
  plan_streak_other: '$1 weken op rij op doel',
  plan_streak_at_least_one: 'Minstens $1 week op rij op doel',
  plan_streak_at_least_other: 'Minstens $1 weken op rij op doel',
  plan_streak_none: 'Vorige week lag onder het doel: nog geen reeks weken op doel.',
  plan_streak_kept: 'Het plan van deze week zet de reeks voort.',
  plan_streak_at_risk:
    'Deze week is onder het doel gepland: boek het verschil om de reeks te houden.',
  plan_pattern_heading: 'Innovatie buiten werktijd, twee weken op rij',
  plan_pattern_weeks: 'Week van $1: $2% van de innovatie buiten werktijd.',
  plan_pattern_reason:
    'Innovatie die na een volle dag uitvoering naar de avond wordt geduwd, leidt tot burn-out. Boek haar binnen de werkdag, waar ze beschermd kan worden.',
  nudge_streak_title_one: 'Houd uw $1 week op doel vast',
  nudge_streak_title_other: 'Houd uw $1 weken op doel vast',
  nudge_streak_message:
    'Deze week is gepland op $1% bij een doel van $2%. Boek nog $3: $4 is vrij.',
  nudge_streak_message_no_slot:
    'Deze week is gepland op $1% bij een doel van $2%. Boek nog $3 voordat de week om is.',
  nudge_pattern_title: 'Innovatie buiten werktijd, twee weken op rij',
  nudge_pattern_message:
    'Twee weken lang lag het grootste deel van uw innovatie buiten werktijd. Dat leidt tot burn-out: boek haar binnen de werkdag.',
  nudge_book_slot: 'Tijd boeken',
  nudge_open_week: 'Deze week openen',
  opt_ahead_heading: 'De week vooruit',
  opt_block_name_label: 'Titel van een blok geboekt vanuit de pop-up',
  opt_block_name_hint:
    'De tijdknoppen in de pop-up openen de pagina voor een nieuwe afspraak in Google Agenda met deze titel. Laat leeg voor de standaardtitel.',
  opt_block_name_saved: 'Geboekte blokken heten „$1”.',
  opt_streak_label: 'Als een reeks weken op doel dreigt te breken',
  opt_streak_hint:
    'Laat in de werkweek, als deze week onder het doel gepland is: één herinnering, met een vrije tijd.',
  opt_pattern_label: 'Als innovatie naar buiten werktijd schuift',
  opt_pattern_hint:
    'Eén keer, als het grootste deel van de innovatie twee weken op rij buiten werktijd lag, met tijden binnen werktijd.',
  opt_nudge_on: 'Aan: $1.',
  opt_nudge_off: 'Uit: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Dient…',
  serves_none: 'Niets in het bijzonder',
  serves_heading: 'Innovatie die uitvoering dient',
  serves_share: '$1 van de $2 innovatie van deze week diende de uitvoering.',
  serves_item: '$1: $2',
  serves_empty:
    'Geen innovatie van deze week is aan uitvoering gekoppeld. Open in Google Agenda een innovatie-afspraak en kies onder ‘Dient…’ wat die dient.',
  serves_trend_heading: 'Over acht weken',
  serves_trend_down: '$1: de uitvoeringstijd daalde na het werk, van $2 naar $3 per week.',
  serves_trend_up: '$1: de uitvoeringstijd steeg na het werk, van $2 naar $3 per week.',
  serves_trend_same: '$1: de uitvoeringstijd bleef na het werk op $2 per week.',
  serves_trend_unknown: '$1: nog te weinig weken voor en na het werk om het te zeggen.',
};
