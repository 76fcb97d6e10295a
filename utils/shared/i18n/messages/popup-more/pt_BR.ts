import type { Messages } from '../../render';

// Brazilian Portuguese: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const ptBRPopupMore: Messages = {
  popup_loading: 'Carregando sua semana…',
  popup_show_read: 'Ver o que o Polarity leu',
  popup_hours: '$1 h',
  popup_chart_hours: '$1 h',
  popup_week_number: 'S$1',

  popup_first_heading: 'Boas-vindas ao Polarity',
  popup_first_intro:
    'O Polarity conhece sua semana lendo o Google Agenda enquanto você o consulta.',
  popup_first_step_open: 'Abra o Google Agenda na visualização de semana.',
  popup_first_step_browse:
    'Navegue pelas semanas que você quer contar: cada semana exibida é lembrada.',
  popup_first_step_back: 'Volte aqui para ver a divisão entre execução e inovação.',
  popup_first_private: 'Tudo fica neste navegador. Nada é enviado para lugar nenhum.',
  popup_first_open: 'Abrir o Google Agenda',

  popup_nodata_heading: 'Nada visto nesta semana',
  popup_nodata_text: 'O Polarity conta uma semana assim que você a visualiza no Google Agenda.',
  popup_nodata_open: 'Abrir esta semana no Google Agenda',

  popup_load_error: 'Não foi possível carregar a semana.',
  popup_try_again: 'Tentar novamente',
  popup_error_detail: 'Detalhes técnicos',
  popup_unreadable_note: 'Os números abaixo vêm do que foi lido antes.',
  popup_storage_full: 'O armazenamento está cheio.',
  popup_storage_detail:
    'Às $1, o Polarity não conseguiu salvar $2, então esta semana pode não ter suas últimas alterações. Nada do que estava salvo foi perdido. Libere espaço em disco ou guarde menos histórico em Opções.',
  popup_storage_what_tag: 'uma categoria',
  popup_storage_what_nudge: 'sua resposta a um lembrete',
  popup_storage_what_page: 'a página da agenda',
  popup_storage_what_change: 'uma alteração',

  popup_daily_label: 'Execução e inovação por dia: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'execução $1, inovação $2',
  popup_not_seen: 'não visto',
  popup_show_table: 'Mostrar como tabela',
  popup_day: 'Dia',

  popup_blocks_none:
    'Nenhum bloco de inovação nesta semana. Reserve um antes que a semana fique cheia.',
  popup_blocks_kept_count: '$1 de $2 mantidos',
  popup_block_kept: 'Mantido',
  popup_block_kept_double: 'Mantido, $1 com reserva dupla',
  popup_block_overridden: 'Invadido, $1 perdidos',
  popup_block_overlap: 'sobreposto por $1, $2 perdidos',
  popup_block_overlap_unnamed: 'sobreposto, $1 perdidos',
  popup_block_deleted: 'excluído, $1 perdidos',
  popup_block_shortened: 'encurtado, $1 perdidos',
  popup_block_moved: 'movido para fora da semana, $1 perdidos',
  popup_block_rebooked: 'reagendado',
  popup_block_dismissed: 'dispensado',

  popup_after_within: 'Todo o tempo de inovação foi dentro do horário de trabalho.',
  popup_after_outside: '$1 de $2 de inovação ($3) foi fora do horário de trabalho.',
  popup_after_warning:
    'Inovação espremida nas noites depois de um dia cheio de execução é um caminho para o esgotamento: reserve-a dentro do dia de trabalho.',

  popup_largest_series_one: 'série, $1 vez',
  popup_largest_series_many: 'série, $1 de vezes',
  popup_largest_series_other: 'série, $1 vezes',
  popup_largest_repeated_one: 'repetido, $1 vez',
  popup_largest_repeated_many: 'repetido, $1 de vezes',
  popup_largest_repeated_other: 'repetido, $1 vezes',

  popup_trend_label: 'Participação da inovação por semana em relação a uma meta de $1: $2',
  popup_trend_point: '$1: $2 ($3 de 7 dias vistos)',
  popup_trend_no_data: '$1: sem dados',
  popup_trend_note: 'Inovação em % por semana; a linha tracejada é sua meta de $1.',
  popup_show_list: 'Mostrar como lista',

  popup_export_csv: 'Esta semana em CSV',
  popup_export_json: 'Todos os dados em JSON',
  popup_saved_file: '$1 salvo',
  popup_export_failed: 'Falha na exportação.',
  popup_no_page_report: 'Sem relatório da página.',

  popup_question_1:
    'Que parte da execução desta semana poderia virar uma checklist ou um modelo que outra pessoa possa seguir?',
  popup_question_2:
    'Quando a semana ficou difícil, você se refugiou em fazer o trabalho sozinho ou liderou?',
  popup_question_3:
    'Seu tempo de inovação estava reservado onde ninguém podia tirá-lo, ou escorregou para suas noites?',
  popup_question_4:
    'Sua meta é adequada ao seu papel e ao seu escopo de hoje, ou é um hábito de um papel anterior?',
  popup_question_5: 'Qual ideia sua travou nesta semana por falta de um próximo passo concreto?',
  popup_question_6:
    'O que poderia ser automatizado, para que o tempo economizado vá para o próximo horizonte em vez de mais trabalho?',
  popup_question_7:
    'Onde o trabalho da sua equipe encontra o de outras equipes, e sua equipe enxerga essas fronteiras?',
  popup_question_8:
    'Como a execução desta semana alimentou uma ideia, e como uma ideia poderia aliviar a execução da próxima semana?',
  popup_question_9: 'Qual reunião recorrente sua equipe poderia assumir sem você?',
  popup_question_10:
    'Quem da sua equipe percebeu uma pequena lacuna e propôs uma solução, e você reconheceu isso?',
  popup_question_11:
    'Se você olhasse um horizonte adiante na próxima semana, para que reservaria tempo?',
  popup_question_12:
    'Quais demandas pareceram “ou isto ou aquilo” nesta semana, e como poderiam se tornar “isto e aquilo”?',

  popup_read_back: '← Voltar para a semana',
  popup_read_heading: 'O que o Polarity leu',
  popup_read_loading: 'Consultando a última leitura…',
  popup_read_error: 'Não foi possível consultar o Polarity.',
  popup_read_none:
    'O Polarity não leu nenhuma página do Google Agenda desde que o navegador foi iniciado. Abra uma e olhe de novo.',
  popup_read_cant: 'Não é possível ler esta visualização',
  popup_read_verdict_one: '$2 lida: $1 evento contado.',
  popup_read_verdict_many: '$2 lida: $1 de eventos contados.',
  popup_read_verdict_other: '$2 lida: $1 eventos contados.',
  popup_view_day: 'Visualização de dia',
  popup_view_week: 'Visualização de semana',
  popup_view_customday: 'Visualização personalizada (dias)',
  popup_view_customweek: 'Visualização personalizada (semana)',
  popup_view_month: 'Visualização de mês',
  popup_view_agenda: 'Visualização de programação',
  popup_view_year: 'Visualização de ano',
  popup_view_current: 'Visualização atual',
  popup_read_not_stored:
    'Nada desta página foi salvo: seus números continuam como estavam. Um relatório da página (abaixo) mostra como a página está agora, para que possa ser corrigida.',
  popup_read_chips_found: 'Blocos de evento encontrados',
  popup_read_chips_unread: 'Blocos que o Polarity não conseguiu ler',
  popup_read_not_counted: 'Não contados',
  popup_read_nothing: 'nada',
  popup_read_per_day: 'Contados por dia',
  popup_read_events: 'Eventos',
  popup_read_time: 'Tempo',
  popup_read_partly: 'exibido em parte',
  popup_read_time_blocks_one: '($1 bloco de tempo)',
  popup_read_time_blocks_many: '($1 de blocos de tempo)',
  popup_read_time_blocks_other: '($1 blocos de tempo)',
  popup_read_partly_note:
    'Exibido em parte: um bloco não pôde ser lido, ou “mais N” oculta eventos. O Polarity mantém o que salvou desses dias e só acrescenta.',
  popup_read_why_heading: 'Não contados, e por quê',
  popup_read_no_title: '(sem título)',
  popup_why_declined: 'recusado',
  popup_why_task: 'tarefa',
  popup_why_all_day: 'dia inteiro',
  popup_why_holiday: 'feriado',
  popup_why_birthday: 'aniversário',
  popup_why_working_location: 'local de trabalho',
  popup_why_out_of_office: 'fora do escritório',
  popup_count_declined_one: '$1 recusado',
  popup_count_declined_many: '$1 de recusados',
  popup_count_declined_other: '$1 recusados',
  popup_count_task_one: '$1 tarefa',
  popup_count_task_many: '$1 de tarefas',
  popup_count_task_other: '$1 tarefas',
  popup_count_all_day_one: '$1 de dia inteiro',
  popup_count_all_day_many: '$1 de dia inteiro',
  popup_count_all_day_other: '$1 de dia inteiro',
  popup_count_holiday_one: '$1 feriado',
  popup_count_holiday_many: '$1 de feriados',
  popup_count_holiday_other: '$1 feriados',
  popup_count_birthday_one: '$1 aniversário',
  popup_count_birthday_many: '$1 de aniversários',
  popup_count_birthday_other: '$1 aniversários',
  popup_count_working_location_one: '$1 local de trabalho',
  popup_count_working_location_many: '$1 de locais de trabalho',
  popup_count_working_location_other: '$1 locais de trabalho',
  popup_count_out_of_office_one: '$1 fora do escritório',
  popup_count_out_of_office_many: '$1 de fora do escritório',
  popup_count_out_of_office_other: '$1 fora do escritório',
  popup_read_report_heading: 'Informar um problema',
  popup_read_report_note:
    'Salva a estrutura da página em um arquivo para anexar a um relatório de bug. Cada título, nome, endereço, descrição e id é substituído por um marcador.',
  popup_read_report_save: 'Salvar um relatório da página',
  review_too_many_rules: 'Cabem no máximo $1 regras; remova uma em Opções.',
};
