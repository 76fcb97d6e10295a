import type { Messages } from '../../render';

// Brazilian Portuguese: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const ptBRPlan: Messages = {
  plan_badge_gap: '; previsto $1%: reserve mais $2 para chegar a $3%',
  plan_badge_on_target: '; previsto $1%',
  plan_heading: 'A semana pela frente',
  plan_this_week: 'Esta semana',
  plan_next_week: 'Próxima semana',
  plan_planned: 'Previsto: $1% de inovação · meta $2%',
  plan_nothing_planned: 'Nada previsto ainda.',
  plan_so_far: 'Até agora: $1 de inovação, $2 de execução',
  plan_ahead: 'Previsto: $1 de inovação, $2 de execução',
  plan_gap: 'Reserve mais $1 para chegar a $2%.',
  plan_on_target: 'Na meta, como previsto.',
  plan_out_of_reach: 'Uma meta de $1% é inatingível enquanto houver execução reservada.',
  plan_unseen: 'Ainda não vista.',
  plan_open_week: 'Abrir no Google Agenda',
  plan_days_seen: 'Previsto a partir dos $1 de 7 dias vistos.',
  plan_slots_label: 'Horários livres no expediente',
  plan_book_slot: 'Reservar $1',
  plan_no_slots: 'Nenhum horário livre no expediente nos dias vistos.',
  plan_weekly: 'Repetir toda semana',
  plan_other_hours: 'Mostrar também horários fora do expediente',
  plan_other_slots_label: 'Horários livres fora do expediente',
  plan_booking_note:
    'Abre a página de novo evento do Google Agenda, já preenchida; nada é salvo até você salvar lá.',
  plan_streak_one: '$1 semana seguida na meta',
  plan_streak_many: '$1 de semanas seguidas na meta',
  plan_streak_other: '$1 semanas seguidas na meta',
  plan_streak_at_least_one: 'Pelo menos $1 semana seguida na meta',
  plan_streak_at_least_many: 'Pelo menos $1 de semanas seguidas na meta',
  plan_streak_at_least_other: 'Pelo menos $1 semanas seguidas na meta',
  plan_streak_none:
    'A semana passada ficou abaixo da meta: ainda não há uma sequência de semanas na meta.',
  plan_streak_kept: 'O plano desta semana mantém a sequência.',
  plan_streak_at_risk:
    'Esta semana está prevista abaixo da meta: reserve a diferença para manter a sequência.',
  plan_pattern_heading: 'Inovação fora do expediente, duas semanas seguidas',
  plan_pattern_weeks: 'Semana de $1: $2% da inovação fora do expediente.',
  plan_pattern_reason:
    'Inovação empurrada para a noite depois de um dia cheio de execução leva ao esgotamento. Reserve-a dentro do dia de trabalho, onde ela pode ser protegida.',
  nudge_streak_title_one: 'Mantenha sua $1 semana na meta',
  nudge_streak_title_many: 'Mantenha suas $1 de semanas na meta',
  nudge_streak_title_other: 'Mantenha suas $1 semanas na meta',
  nudge_streak_message:
    'Esta semana está prevista em $1% para uma meta de $2%. Reserve mais $3: $4 está livre.',
  nudge_streak_message_no_slot:
    'Esta semana está prevista em $1% para uma meta de $2%. Reserve mais $3 antes do fim da semana.',
  nudge_pattern_title: 'Inovação fora do expediente, duas semanas seguidas',
  nudge_pattern_message:
    'Por duas semanas, a maior parte da sua inovação ficou fora do expediente. Esse caminho leva ao esgotamento: reserve-a dentro do dia de trabalho.',
  nudge_book_slot: 'Reservar o horário',
  nudge_open_week: 'Abrir esta semana',
  opt_ahead_heading: 'A semana pela frente',
  opt_block_name_label: 'Título de um bloco reservado pelo pop-up',
  opt_block_name_hint:
    'Os botões de horário do pop-up abrem a página de novo evento do Google Agenda com este título. Deixe vazio para o padrão.',
  opt_block_name_saved: 'Os blocos reservados terão o título “$1”.',
  opt_streak_label: 'Quando uma sequência de semanas na meta está para se romper',
  opt_streak_hint:
    'No fim da semana de trabalho, se esta semana estiver prevista abaixo da meta: um lembrete, com um horário livre.',
  opt_pattern_label: 'Quando a inovação vai para fora do expediente',
  opt_pattern_hint:
    'Uma vez, se a maior parte da inovação ficou fora do expediente duas semanas seguidas, com horários dentro dele.',
  opt_nudge_on: 'Ativado: $1.',
  opt_nudge_off: 'Desativado: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Serve a…',
  serves_none: 'Nada em especial',
  serves_heading: 'Inovação a serviço da execução',
  serves_share: '$1 das $2 de inovação desta semana serviram à execução.',
  serves_item: '$1: $2',
  serves_empty:
    'Nenhuma inovação desta semana está ligada à execução. No Google Agenda, abra um evento de inovação e escolha a que ele serve em “Serve a…”.',
  serves_trend_heading: 'Em oito semanas',
  serves_trend_down: '$1: o tempo de execução caiu depois do trabalho, de $2 para $3 por semana.',
  serves_trend_up: '$1: o tempo de execução subiu depois do trabalho, de $2 para $3 por semana.',
  serves_trend_same: '$1: o tempo de execução ficou em $2 por semana depois do trabalho.',
  serves_trend_unknown:
    '$1: ainda não há semanas suficientes antes e depois do trabalho para dizer.',
};
