import type { Messages } from '../../render';

// Dutch: the popup's and the review page's words. Product words: ../../glossary.ts.
export const nlPopup: Messages = {
  popup_settings: 'Instellingen',
  popup_overrides_heading: 'Verdringingen deze week',
  popup_overrides_none: 'Deze week is er geen innovatietijd verdrongen.',
  popup_override_overlap: 'Overlapt door $1, $2 kwijt',
  popup_override_deleted: 'Verwijderd, $1 kwijt',
  popup_override_shortened: 'Ingekort, $1 kwijt',
  popup_override_moved: 'Uit de week verplaatst, $1 kwijt',
  popup_override_rebooked: 'Opnieuw ingepland',
  popup_override_dismissed: 'Genegeerd',
  popup_rebook: 'Opnieuw inplannen',
  popup_rebook_label: '$1 opnieuw inplannen',
  popup_next_heading: 'Volgende stap',
  popup_next_book:
    'Je komt $1 innovatietijd tekort voor je doel. De week loopt nog: plan het nu in.',
  popup_next_book_action: 'Innovatietijd inplannen in de agenda',
  popup_next_open_week:
    'Deze week is nog niet helemaal gezien, dus de verdeling kan afwijken. Open hem in de agenda zodat elke dag meetelt.',
  popup_next_open_week_action: 'Deze week openen in de agenda',
  popup_next_browse:
    'Je geschiedenis heeft gaten: Polarity telt alleen de weken die je in de agenda opent. Open de ontbrekende om de trend aan te vullen.',
  popup_next_browse_action: 'Oudste ontbrekende week openen',
  popup_next_tag_one:
    '$1 afspraak is automatisch ingedeeld. Controleer hem en kies een categorie als Polarity het mis had.',
  popup_next_tag_other:
    '$1 afspraken zijn automatisch ingedeeld. Controleer ze en kies een categorie waar Polarity het mis had.',
  popup_next_tag_action: 'Controleren en indelen',
  popup_next_none: 'Alles in orde: deze week hoef je niets te doen.',
  popup_more_heading: 'Meer over deze week',
  popup_section_blocks: 'Innovatieblokken',
  popup_section_daily: 'Per dag',
  popup_section_trend: 'Laatste $1 weken',
  popup_section_after_hours: 'Buiten werktijd',
  popup_section_largest: 'Grootste uitvoeringsposten',
  popup_section_question: 'Een vraag voor de week',
  popup_section_export: 'Exporteren',
  popup_gaps_intro:
    'Polarity vult je geschiedenis alleen met weken die je in de agenda opent. Nog niet helemaal gezien:',
  popup_gap_link: '$1 ($2 van 7 dagen gezien)',
  popup_review: 'Deze week controleren en indelen',
  review_title: 'Controleren en indelen',
  review_intro:
    'De afspraken van de week, gegroepeerd op titel. Wijzig één afspraak, een hele reeks of alle afspraken met dezelfde titel; dat laatste bewaart een regel.',
  review_weeks: 'Weken',
  review_previous: 'Vorige week',
  review_next: 'Volgende week',
  review_filter_default: 'Alleen automatisch ingedeelde afspraken',
  review_loading: 'Week laden…',
  review_first_run: 'Nog niets gelezen. Open Google Agenda in de weekweergave en kom dan terug.',
  review_empty:
    'Voor deze week zijn geen afspraken gezien. Open hem in de agenda en kom dan terug.',
  review_open_week: 'Deze week openen in de agenda',
  review_filter_empty:
    'Alle afspraken van deze week zijn ingedeeld door een categorie of een regel.',
  review_group_count: '$1 deze week',
  review_auto: 'Auto',
  review_no_rule: 'Geen regel',
  review_title_rule: 'Alle afspraken met deze titel',
  review_title_rule_saved: 'Bewaard als regel $1: $2',
  review_series: 'Alle afspraken in de reeks',
  review_event: '$1, $2',
  review_by_default: 'automatisch ingedeeld',
  review_saved: 'Bewaard. $1',
  review_failed: 'Niet bewaard: $1',
  review_rules_link: 'Alle regels in Opties',
};
