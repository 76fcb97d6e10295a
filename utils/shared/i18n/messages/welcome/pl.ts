import type { enWelcome } from './en';

export const plWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Witamy w Polarity',
  welcome_lead:
    'Realizacja i innowacje to polaryzacja: dwie potrzeby, którymi zarządza się razem. Polarity odczytuje Twój tydzień w Kalendarzu Google, rozróżnia jedno i drugie i pokazuje proporcję. Nic nie opuszcza tej przeglądarki.',
  welcome_role_heading: '1. Twoja rola i zakres',
  welcome_role_hint:
    'Właściwa proporcja zależy od zakresu Twojej roli. Wybierz najbliższą Twojej: zapisuje się od razu i można ją zmienić w Opcjach.',
  welcome_week_heading: '2. Twój tydzień pracy',
  welcome_week_hint:
    'Innowacje poza tymi godzinami też się liczą i są pokazywane jako czas po godzinach.',
  welcome_tag_heading: '3. Jak przypisać kategorię',
  welcome_tag_auto:
    'Każde wydarzenie samo dostaje kategorię: tytuły ze słowami takimi jak „prototyp” czy „strategia” liczą się jako innowacje, wydarzenia całodniowe i nieobecności są wykluczone, reszta to realizacja.',
  welcome_tag_fix:
    'Aby to poprawić, otwórz wydarzenie w Kalendarzu Google: pod szczegółami Polarity pokazuje cztery przyciski, Realizacja, Innowacje, Wyklucz i Auto. W wydarzeniu cyklicznym możesz przypisać kategorię całej serii.',
  welcome_marks_intro: 'Każde wydarzenie w kalendarzu ma pasek przy lewej krawędzi:',
  welcome_marks_label: 'Oznaczenia w kalendarzu',
  welcome_mark_innovation: 'Innowacje: szeroki morski pasek i obramowanie wydarzenia.',
  welcome_mark_execution: 'Realizacja: wąski granatowy pasek.',
  welcome_mark_excluded: 'Wykluczone: pasek w paski i kreskowanie; nie liczy się.',
  welcome_badge_heading: '4. Co oznacza plakietka',
  welcome_badge_lead:
    'Ikona na pasku narzędzi pokazuje udział innowacji w tym tygodniu. Jej podpowiedź opisuje stan słowami, z godzinami, celem i obejrzanymi dniami.',
  welcome_badges_label: 'Stany plakietki',
  welcome_badge_on_target: 'Zielona: cel osiągnięty lub przekroczony.',
  welcome_badge_below: 'Jasnobursztynowa, ciemny tekst: poniżej celu.',
  welcome_badge_override:
    'Ciemnoczerwona: doszło do wyparcia czasu na innowacje i nie zostało jeszcze załatwione.',
  welcome_badge_none: 'Szara, bez liczby: nic jeszcze nie policzono.',
  welcome_open_heading: '5. Otwórz Kalendarz Google',
  welcome_open_hint:
    'Polarity liczy tygodnie, które otworzysz w widoku tygodnia. Otwórz ten tydzień, a potem cofnij się o kilka tygodni, aby uzupełnić historię.',
  welcome_open_button: 'Otwórz Kalendarz Google',
  welcome_later: 'Do tej strony możesz wrócić z Opcji.',
  welcome_options_button: 'Otwórz Opcje',
  options_start_heading: 'Pierwsze kroki',
  options_welcome_button: 'Pokaż stronę powitalną',
  options_welcome_hint: 'Rola i cel, tydzień pracy, jak działają kategorie i plakietka.',
  options_shortcut: 'Skrót klawiszowy okienka Polarity:',
  options_shortcut_none: 'Dla okienka Polarity nie ustawiono skrótu klawiszowego.',
  options_shortcut_change:
    'Możesz go zmienić w skrótach rozszerzeń przeglądarki (Chrome: chrome://extensions/shortcuts; Firefox: Dodatki, Zarządzaj skrótami rozszerzeń).',
  badge_split_on_target:
    'Polarity$1: cel osiągnięty. Innowacje $2% ($3), realizacja $4% ($5); cel $6%; $7$8; $9',
  badge_split_below:
    'Polarity$1: poniżej celu. Innowacje $2% ($3), realizacja $4% ($5); cel $6%; $7$8; $9',
  badge_split_override:
    'Polarity$1: wyparcie czasu na innowacje. Innowacje $2% ($3), realizacja $4% ($5); cel $6%; $7$8; $9',
};
