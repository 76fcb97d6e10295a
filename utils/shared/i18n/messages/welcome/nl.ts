import type { enWelcome } from './en';

export const nlWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Welkom bij Polarity',
  welcome_lead:
    'Uitvoering en innovatie vormen een polariteit: twee behoeften die je samen beheert. Polarity leest je week in Google Agenda, onderscheidt de twee en houdt de verdeling in beeld. Niets verlaat deze browser.',
  welcome_role_heading: '1. Je rol en reikwijdte',
  welcome_role_hint:
    'De juiste verdeling hangt af van de reikwijdte van je rol. Kies de verdeling die het dichtst bij de jouwe ligt: die wordt meteen opgeslagen en is te wijzigen in Opties.',
  welcome_week_heading: '2. Je werkweek',
  welcome_week_hint:
    'Innovatie buiten deze uren telt ook mee, en wordt getoond als tijd buiten werktijd.',
  welcome_tag_heading: '3. Zo wijs je een categorie toe',
  welcome_tag_auto:
    'Elke afspraak krijgt vanzelf een categorie: titels met woorden als ‘prototype’ of ‘strategie’ tellen als innovatie, afspraken van een hele dag en afwezigheid worden uitgesloten, de rest is uitvoering.',
  welcome_tag_fix:
    'Om er een te corrigeren open je de afspraak in Google Agenda: onder de details toont Polarity vier knoppen, Uitvoering, Innovatie, Uitsluiten en Auto. Bij een terugkerende afspraak kun je de hele reeks indelen.',
  welcome_marks_intro: 'Elke afspraak in de agenda heeft een balk aan de linkerrand:',
  welcome_marks_label: 'Markeringen in de agenda',
  welcome_mark_innovation: 'Innovatie: een brede blauwgroene balk en een rand om de afspraak.',
  welcome_mark_execution: 'Uitvoering: een smalle donkerblauwe balk.',
  welcome_mark_excluded: 'Uitgesloten: een gestreepte balk en arcering; telt niet mee.',
  welcome_badge_heading: '4. Wat de badge betekent',
  welcome_badge_lead:
    'Het pictogram in de werkbalk toont het aandeel innovatie van deze week. De tooltip noemt de status in woorden, met de uren, het doel en de geziene dagen.',
  welcome_badges_label: 'Statussen van de badge',
  welcome_badge_on_target: 'Groen: op of boven je doel.',
  welcome_badge_below: 'Lichtoranje, donkere tekst: onder je doel.',
  welcome_badge_override:
    'Donkerrood: er is verdringing van innovatietijd die nog niet is afgehandeld.',
  welcome_badge_none: 'Grijs, zonder getal: nog niets geteld.',
  welcome_open_heading: '5. Google Agenda openen',
  welcome_open_hint:
    'Polarity telt de weken die je in weekweergave opent. Open deze week en blader een paar weken terug om je geschiedenis te vullen.',
  welcome_open_button: 'Google Agenda openen',
  welcome_later: 'Je kunt via Opties terugkomen op deze pagina.',
  welcome_options_button: 'Opties openen',
  options_start_heading: 'Aan de slag',
  options_welcome_button: 'Welkomstpagina tonen',
  options_welcome_hint: 'Rol en doel, werkweek, hoe indelen en de badge werken.',
  options_shortcut: 'Sneltoets voor het Polarity-venster:',
  options_shortcut_none: 'Er is geen sneltoets ingesteld voor het Polarity-venster.',
  options_shortcut_change:
    'Je kunt hem wijzigen bij de sneltoetsen voor extensies van je browser (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons, Sneltoetsen voor extensies beheren).',
  badge_split_on_target:
    'Polarity$1: doel gehaald. Innovatie $2% ($3), uitvoering $4% ($5); doel $6%; $7$8; $9',
  badge_split_below:
    'Polarity$1: onder het doel. Innovatie $2% ($3), uitvoering $4% ($5); doel $6%; $7$8; $9',
  badge_split_override:
    'Polarity$1: verdringing van innovatietijd. Innovatie $2% ($3), uitvoering $4% ($5); doel $6%; $7$8; $9',
};
