import type { enWelcome } from './en';

export const ptBRWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Boas-vindas ao Polarity',
  welcome_lead:
    'Execução e inovação são uma polaridade: duas necessidades que você gerencia juntas. O Polarity lê sua semana no Google Agenda, distingue as duas e mantém a divisão à vista. Nada sai deste navegador.',
  welcome_role_heading: '1. Sua função e seu escopo',
  welcome_role_hint:
    'A divisão certa depende do escopo da sua função. Escolha a mais próxima da sua: ela é salva na hora e pode ser alterada nas Opções.',
  welcome_week_heading: '2. Sua semana de trabalho',
  welcome_week_hint:
    'A inovação fora desse horário também conta e aparece como tempo fora do expediente.',
  welcome_tag_heading: '3. Como classificar',
  welcome_tag_auto:
    'Cada evento recebe uma categoria sozinho: títulos com palavras como “protótipo” ou “estratégia” contam como inovação, eventos de dia inteiro e ausências ficam excluídos, o resto é execução.',
  welcome_tag_fix:
    'Para corrigir, abra o evento no Google Agenda: abaixo dos detalhes, o Polarity mostra quatro botões, Execução, Inovação, Excluir e Auto. Em um evento recorrente, você pode classificar a série inteira.',
  welcome_marks_intro: 'Cada evento da agenda traz uma barra na borda esquerda:',
  welcome_marks_label: 'Marcas na agenda',
  welcome_mark_innovation:
    'Inovação: uma barra larga verde-azulada e um contorno em volta do evento.',
  welcome_mark_execution: 'Execução: uma barra estreita azul-marinho.',
  welcome_mark_excluded: 'Excluído: uma barra listrada e um hachurado; não conta.',
  welcome_badge_heading: '4. O que o selo indica',
  welcome_badge_lead:
    'O ícone na barra de ferramentas mostra a parcela de inovação desta semana. A dica dele diz o estado em palavras, com as horas, a meta e os dias vistos.',
  welcome_badges_label: 'Estados do selo',
  welcome_badge_on_target: 'Verde: na meta ou acima dela.',
  welcome_badge_below: 'Âmbar claro, texto escuro: abaixo da sua meta.',
  welcome_badge_override:
    'Vermelho-escuro: houve invasão do tempo de inovação, ainda não resolvida.',
  welcome_badge_none: 'Cinza, sem número: nada foi contado ainda.',
  welcome_open_heading: '5. Abrir o Google Agenda',
  welcome_open_hint:
    'O Polarity conta as semanas que você abre na visualização semanal. Abra esta semana e volte algumas semanas para preencher seu histórico.',
  welcome_open_button: 'Abrir o Google Agenda',
  welcome_later: 'Você pode voltar a esta página pelas Opções.',
  welcome_options_button: 'Abrir Opções',
  options_start_heading: 'Primeiros passos',
  options_welcome_button: 'Mostrar a página de boas-vindas',
  options_welcome_hint:
    'Função e meta, semana de trabalho, como funcionam a classificação e o selo.',
  options_shortcut: 'Atalho de teclado da janela do Polarity:',
  options_shortcut_none: 'Nenhum atalho de teclado está definido para a janela do Polarity.',
  options_shortcut_change:
    'Você pode alterá-lo nos atalhos de extensões do navegador (Chrome: chrome://extensions/shortcuts; Firefox: Complementos, Gerenciar atalhos de extensões).',
  badge_split_on_target:
    'Polarity$1: na meta. Inovação $2% ($3), execução $4% ($5); meta $6%; $7$8; $9',
  badge_split_below:
    'Polarity$1: abaixo da meta. Inovação $2% ($3), execução $4% ($5); meta $6%; $7$8; $9',
  badge_split_override:
    'Polarity$1: tempo de inovação invadido. Inovação $2% ($3), execução $4% ($5); meta $6%; $7$8; $9',
};
