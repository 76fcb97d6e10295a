import { ptBRCheck } from './check/pt_BR';
import { ptBRReviewServes } from './review-serves/pt_BR';
import { ptBRPopupMore } from './popup-more/pt_BR';
import { ptBROptions } from './options/pt_BR';
import { ptBRLegend } from './legend/pt_BR';
import { ptBRWelcome } from './welcome/pt_BR';
import type { Messages } from '../render';
import { ptBRExport } from './export/pt_BR';
import { ptBRPlan } from './plan/pt_BR';
import { ptBRDataHealth } from './data-health/pt_BR';
import { ptBRPopup } from './popup/pt_BR';
import { ptBRPageMore } from './page/pt_BR';
import { ptBRReader } from './reader/pt_BR';

// Brazilian Portuguese. Product words: ../glossary.ts.
export const ptBR: Messages = {
  ...ptBRCheck,
  ...ptBRPageMore,
  ...ptBRExport,
  ...ptBRReader,
  ...ptBRDataHealth,
  ...ptBRPopup,
  ext_name: 'Polarity',
  ext_description:
    'Equilibre execução e inovação: sua semana do Google Agenda na barra e um aviso quando o tempo de inovação é tomado.',
  ext_action_title: 'Polarity',
  page_control_label: 'Categoria do Polarity',
  page_category_group: 'Categoria',
  page_execution: 'Execução',
  page_innovation: 'Inovação',
  page_exclude: 'Excluir',
  page_auto: 'Auto',
  page_apply_to: 'Aplicar a',
  page_scope_event: 'Este evento',
  page_scope_series: 'Todos os eventos da série',
  page_reading: 'Lendo…',
  page_never_counted: '$1 · nunca é contado',
  page_tag_error: 'Não foi possível salvar a categoria. Recarregue a página e tente de novo.',
  page_dismiss: 'Dispensar',
  page_nudges_label: 'Avisos do Polarity',
  reason_tag: 'Escolhido por você',
  reason_series_tag: 'Escolhido para a série',
  reason_rule: 'Regra $1: $2',
  reason_keyword: 'Auto: palavra-chave “$1”',
  reason_no_keyword: 'Auto: nenhuma palavra-chave de inovação',
  reason_allday: 'Auto: evento de dia inteiro',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: local de trabalho',
  reason_out_of_office: 'Auto: fora do escritório',
  reason_holiday: 'Auto: feriado',
  reason_birthday: 'Auto: aniversário',
  rule_why_keyword: 'palavra-chave “$1”',
  rule_why_regex: 'o título corresponde a $1',
  rule_why_calendar: 'agenda “$1”',
  rule_why_color: 'cor “$1”',
  rule_why_guests: 'com convidados',
  rule_why_solo: 'sem convidados',
  rule_why_time_block: 'bloco de tempo',
  nudge_taken_title: 'Tempo de inovação tomado: $1',
  nudge_taken_message: '$1: $2 perdidos.\n$3',
  nudge_cause_overlap: '“$1” se sobrepõe a ele',
  nudge_cause_overlap_unnamed: 'Um evento se sobrepõe a ele',
  nudge_cause_deleted: 'Ele foi excluído',
  nudge_cause_shortened: 'Ele foi encurtado',
  nudge_cause_moved_out: 'Ele foi movido para fora da semana',
  nudge_rebook: 'Reagendar',
  nudge_open: 'Abrir na Agenda',
  nudge_next_unseen_title: 'Próxima semana: há tempo de inovação reservado?',
  nudge_next_unseen_message:
    'O Polarity ainda não viu a próxima semana, então não sabe dizer. Abra-a no Google Agenda e reserve tempo de inovação antes que a semana se encha.',
  nudge_next_empty_title: 'Nenhum tempo de inovação reservado na próxima semana',
  nudge_next_empty_message:
    'Nenhum nos $1 de 7 dias vistos. Reserve um bloco antes que outra pessoa ocupe esse tempo.',
  nudge_book_time: 'Reservar tempo',
  nudge_open_next_week: 'Abrir a próxima semana',
  nudge_block_title: 'Tempo de inovação',
  badge_unreadable: 'Polarity$1: $2. Os números salvos não mudam.',
  badge_first_visit: 'Polarity$1: abra esta semana no Google Agenda para contá-la',
  badge_nothing_counted: 'Polarity$1: nenhum tempo de execução ou inovação nesta semana ($2)',
  ...ptBRWelcome,
  ...ptBRLegend,
  badge_account: ' (conta u/$1)',
  badge_days_seen: '$1 de 7 dias vistos',
  badge_no_overrides: 'nenhuma invasão',
  badge_overrides_one: '$1 invasão do tempo de inovação em aberto',
  badge_overrides_many: '$1 de invasões do tempo de inovação em aberto',
  badge_overrides_other: '$1 invasões do tempo de inovação em aberto',
  badge_after_hours: '; $1 de inovação fora do horário de trabalho',
  badge_storage_full:
    'Polarity: o armazenamento está cheio, então as últimas alterações da agenda não foram salvas (nada do que estava salvo se perdeu). Libere espaço em disco ou mantenha menos histórico nas Opções.',
  unit_hours: '$1 h',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 h $2 min',
  ...ptBRPlan,
  ...ptBRReviewServes,
  ...ptBRPopupMore,
  ...ptBROptions,
};
