import type { Messages } from '../../render';

// Brazilian Portuguese: the popup's and the review page's words. Product words: ../../glossary.ts.
export const ptBRPopup: Messages = {
  popup_settings: 'Configurações',
  popup_overrides_heading: 'Invasões nesta semana',
  popup_overrides_none: 'Nenhuma invasão do tempo de inovação nesta semana.',
  popup_override_overlap: 'Sobreposto por $1, $2 perdidos',
  popup_override_deleted: 'Excluído, $1 perdidos',
  popup_override_shortened: 'Encurtado, $1 perdidos',
  popup_override_moved: 'Movido para fora da semana, $1 perdidos',
  popup_override_rebooked: 'Remarcado',
  popup_override_dismissed: 'Dispensado',
  popup_rebook: 'Remarcar',
  popup_rebook_label: 'Remarcar $1',
  popup_next_heading: 'Próximo passo',
  popup_next_book:
    'Faltam $1 de tempo de inovação para chegar à sua meta. A semana ainda não acabou: reserve agora.',
  popup_next_book_action: 'Reservar tempo de inovação na agenda',
  popup_next_open_week:
    'Esta semana ainda não foi vista por completo, então a divisão pode estar errada. Abra-a na agenda para contar todos os dias.',
  popup_next_open_week_action: 'Abrir esta semana na agenda',
  popup_next_browse:
    'Seu histórico tem lacunas: o Polarity só conta as semanas que você abre na agenda. Abra as que faltam para completar a tendência.',
  popup_next_browse_action: 'Abrir a semana mais antiga que falta',
  popup_next_tag_one:
    '$1 evento foi classificado por padrão. Confira e defina a categoria se o Polarity errou.',
  popup_next_tag_many:
    '$1 de eventos foram classificados por padrão. Confira e defina a categoria dos que o Polarity errou.',
  popup_next_tag_other:
    '$1 eventos foram classificados por padrão. Confira e defina a categoria dos que o Polarity errou.',
  popup_next_tag_action: 'Conferir e classificar',
  popup_next_none: 'Tudo certo: nada precisa de você nesta semana.',
  popup_more_heading: 'Mais sobre esta semana',
  popup_section_blocks: 'Blocos de inovação',
  popup_section_daily: 'Dia a dia',
  popup_section_trend: 'Últimas $1 semanas',
  popup_section_after_hours: 'Fora do expediente',
  popup_section_largest: 'Maiores itens de execução',
  popup_section_question: 'Uma pergunta para a semana',
  popup_section_export: 'Exportar',
  popup_gaps_intro:
    'O Polarity só preenche seu histórico com as semanas que você abre na agenda. Ainda não vistas por completo:',
  popup_gap_link: '$1 ($2 de 7 dias vistos)',
  popup_review: 'Conferir e classificar esta semana',
  review_title: 'Conferir e classificar',
  review_intro:
    'Os eventos da semana agrupados por título. Altere um evento, uma série inteira ou todos os eventos com o mesmo título, o que salva uma regra.',
  review_weeks: 'Semanas',
  review_previous: 'Semana anterior',
  review_next: 'Próxima semana',
  review_filter_default: 'Só eventos classificados por padrão',
  review_loading: 'Carregando a semana…',
  review_first_run:
    'Nada foi lido ainda. Abra o Google Agenda na visualização semanal e volte aqui.',
  review_empty: 'Nenhum evento visto nesta semana. Abra-a na agenda e volte aqui.',
  review_open_week: 'Abrir esta semana na agenda',
  review_filter_empty:
    'Todos os eventos desta semana foram classificados por uma categoria ou uma regra.',
  review_group_count: '$1 nesta semana',
  review_auto: 'Auto',
  review_no_rule: 'Sem regra',
  review_title_rule: 'Todos os eventos com este título',
  review_title_rule_saved: 'Salvo como regra $1: $2',
  review_series: 'Todos os eventos da série',
  review_event: '$1, $2',
  review_by_default: 'classificado por padrão',
  review_saved: 'Salvo. $1',
  review_failed: 'Não salvo: $1',
  review_rules_link: 'Todas as regras nas Opções',
};
