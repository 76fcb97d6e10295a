import type { Messages } from '../../render';

// Brazilian Portuguese: the options page. Product words: ../../glossary.ts.
export const ptBROptions: Messages = {
  options_page_title: 'Opções do Polarity',
  options_lead:
    'As alterações são salvas conforme você as faz e aparecem na hora no ícone, na janela do Polarity e no Google Agenda. Tudo fica neste navegador.',
  options_target_heading: 'Meta',
  options_week_heading: 'Semana de trabalho',
  options_nudges_heading: 'Avisos',
  options_rules_heading: 'Regras',
  options_rules_lead:
    'Cada evento é classificado pelo primeiro destes critérios que se aplicar: sua categoria no evento, sua categoria na série, suas regras em ordem (vale a primeira que corresponder) e, por fim, as palavras-chave integradas.',
  options_add_rule_heading: 'Adicionar uma regra',
  options_add_rule: 'Adicionar regra',
  options_keywords_heading: 'Palavras-chave integradas',
  options_try_heading: 'Experimente',
  options_data_heading: 'Seus dados',

  options_settings_load_error: 'Não foi possível ler suas configurações: $1.',
  options_settings_problem: 'Não salvo: $1.',
  options_settings_not_saved: 'Não salvo: $1. Suas configurações continuam como estavam.',
  options_rules_load_error: 'Não foi possível ler suas regras: $1',
  options_rules_not_saved: 'Não salvo: $1',

  options_target_legend: 'Divisão desejada, execução / inovação',
  options_target_hint:
    'A divisão certa depende do escopo do seu cargo, não de 50/50. O ícone fica verde quando você atinge ou supera a meta.',
  options_fits_90_10:
    'Novo em um cargo de liderança, ou um escopo pequeno em que as partes interessadas valorizam sobretudo a entrega.',
  options_fits_80_20:
    'Líder de equipe ainda operacional: a maior parte da semana entrega, um bloco protegido melhora o como.',
  options_fits_75_25:
    'À frente de várias equipes: transformar problemas de execução recorrentes em checklists, modelos e automação.',
  options_fits_60_40:
    'Um escopo amplo (um departamento ou mais), em que seu papel é olhar um horizonte mais adiante.',
  options_custom: 'Personalizada',
  options_custom_fits: 'Sua própria divisão, quando nenhuma destas servir.',
  options_custom_percent: 'Parcela de inovação, em porcentagem',
  options_custom_error: 'Digite um número inteiro de $1 a $2.',
  options_target_saved: 'Meta definida como $1.',
  options_target_custom_saved: 'Meta definida como $1/$2 (personalizada).',

  options_week_start_label: 'A semana começa em',
  options_week_start_google: 'Como no Google Agenda',
  options_week_start_saved: 'Agora a semana começa em: $1.',
  options_week_start_saved_google: 'Agora a semana começa como no Google Agenda.',
  options_working_days: 'Dias de trabalho',
  options_day_on: '$1 agora é um dia de trabalho.',
  options_day_off: '$1 não é mais um dia de trabalho.',
  options_keep_one_day: 'Mantenha pelo menos um dia de trabalho.',
  options_working_hours: 'Horário de trabalho',
  options_hours_hint:
    'A inovação fora desse horário também conta; a janela do Polarity a mostra como fora do expediente.',
  options_from: 'De',
  options_to: 'Até',
  options_enter_time: 'Digite um horário, por exemplo $1.',
  options_hours_order: 'O horário de trabalho precisa terminar depois de começar.',
  options_hours_saved: 'Horário de trabalho: das $1 às $2.',

  options_nudge_me: 'Avisar-me',
  options_nudge_overrides: 'Quando o tempo de inovação é tomado',
  options_nudge_overrides_hint:
    'Uma reunião marcada sobre um bloco de inovação, ou um bloco excluído, encurtado ou tirado da semana: uma notificação e uma nota no Google Agenda, uma vez.',
  options_nudge_overrides_on: 'Você será avisado quando o tempo de inovação for tomado.',
  options_nudge_overrides_off: 'Sem mais avisos quando o tempo de inovação for tomado.',
  options_nudge_next_week: 'Quando a próxima semana não tem inovação reservada',
  options_nudge_next_week_hint:
    'No fim da semana de trabalho, um lembrete para reservá-la antes que outra pessoa ocupe o horário.',
  options_nudge_next_week_on:
    'Você será lembrado de reservar o tempo de inovação da próxima semana.',
  options_nudge_next_week_off: 'Sem mais lembretes sobre a próxima semana.',
  options_nudge_quiet: 'Silêncio fora do horário de trabalho',
  options_nudge_quiet_hint:
    'Um aviso que surge à noite ou num dia de folga espera pela sua próxima hora de trabalho.',
  options_nudge_quiet_on: 'Os avisos esperam o horário de trabalho.',
  options_nudge_quiet_off: 'Os avisos chegam a qualquer hora.',

  options_no_rules: 'Ainda não há regras: as palavras-chave integradas abaixo decidem.',
  options_rule_n: 'Regra $1:',
  options_quoted: '“$1”',
  options_when_keywords: 'o título contém $1',
  options_when_regex: 'o título corresponde a $1',
  options_when_calendar: 'a agenda é $1',
  options_when_color: 'a cor é $1',
  options_when_guests: 'com convidados',
  options_when_solo: 'individual (sem convidados)',
  options_when_time_block: 'é um bloco de tempo (tempo de foco, tarefa agendada)',
  options_move_up: 'Mover a regra $1 para cima',
  options_move_down: 'Mover a regra $1 para baixo',
  options_edit_rule: 'Editar a regra $1',
  options_delete_rule: 'Excluir a regra $1',
  options_edit: 'Editar',
  options_delete: 'Excluir',
  options_save_rule: 'Salvar a regra $1',
  options_max_rules: 'No máximo $1 regras.',
  options_rule_added: 'Regra adicionada.',
  options_rule_saved: 'Regra salva.',
  options_rule_moved: 'Regra movida para a posição $1.',
  options_rule_deleted: 'Regra excluída.',

  options_condition: 'Condição',
  options_type_keywords: 'O título contém uma palavra-chave',
  options_type_regex: 'O título corresponde a uma expressão regular',
  options_type_calendar: 'A agenda é',
  options_type_color: 'A cor do evento é',
  options_type_guests: 'Convidados',
  options_type_time_block: 'É um bloco de tempo (tempo de foco, tarefa agendada)',
  options_text_keywords: 'Palavras-chave, separadas por vírgulas',
  options_text_regex: 'Expressão regular',
  options_text_calendar: 'Nome da agenda',
  options_text_color: 'Nome da cor (como a Agenda mostra, por ex. Grafite)',
  options_case_sensitive: 'Diferenciar maiúsculas e minúsculas',
  options_the_event: 'O evento',
  options_has_guests: 'tem convidados',
  options_is_solo: 'é individual (sem convidados)',
  options_then: 'Então',
  options_cancel: 'Cancelar',
  options_no_keyword: 'Digite pelo menos uma palavra-chave.',
  options_too_many_keywords: 'Use no máximo $1 palavras-chave em uma regra.',
  options_keyword_too_long: 'Cada palavra-chave deve ter menos de $1 caracteres.',
  options_pattern_empty: 'A expressão está vazia.',
  options_pattern_too_long: 'A expressão tem mais de $1 caracteres.',
  options_pattern_invalid: 'Expressão regular inválida: $1',
  options_calendar_empty: 'Digite o nome de uma agenda.',
  options_calendar_too_long: 'O nome da agenda é longo demais.',
  options_color_empty: 'Digite o nome de uma cor.',
  options_color_too_long: 'O nome da cor é longo demais.',
  options_choose_category: 'Escolha uma categoria.',

  options_keywords_label:
    'Palavras-chave de inovação (uma por linha; palavras inteiras, maiúsculas ou minúsculas). Qualquer outro evento com horário é execução; eventos de dia inteiro, fora do escritório, local de trabalho, tarefas, feriados e aniversários são excluídos.',
  options_save_keywords: 'Salvar palavras-chave',
  options_restore_keywords: 'Restaurar a lista integrada',
  options_keywords_saved: 'Palavras-chave salvas.',

  options_test_title: 'Testar um título',
  options_test_placeholder: 'ex.: Revisão do protótipo',
  options_test_hint:
    'Regras de agenda, cor e convidados precisam de um evento real, por isso nunca correspondem aqui.',

  options_storage_full_title: 'O armazenamento está cheio.',
  options_storage_full:
    'Às $1, o Polarity não conseguiu salvar o seguinte: $2. Nada do que já estava armazenado foi perdido ou danificado.',
  options_storage_full_hint:
    'Libere espaço em disco ou mantenha menos histórico (em “Seus dados”, abaixo). O ícone também avisa até que um salvamento volte a funcionar.',

  options_history_kept: 'Histórico mantido',
  options_history_default: '$1 (padrão)',
  options_history_saved: 'Histórico mantido: $1.',
  options_history_hint:
    'Semanas mais antigas são excluídas todos os dias. As categorias de séries permanecem.',
  options_history_confirm_title: 'Manter apenas $1 de histórico?',
  options_history_confirm: 'Excluir o histórico mais antigo',
  options_history_cancel: 'Manter',
  options_history_body:
    'Tudo antes de $1 é excluído agora: os dias armazenados, suas invasões e as categorias de eventos que não aparecem mais. Faça um backup antes, se puder precisar disso.',
  options_backup_heading: 'Backup',
  options_backup_hint:
    'Um único arquivo JSON com tudo: histórico, categorias, invasões, regras e configurações. Ele fica no seu computador.',
  options_backup_button: 'Fazer backup de todos os dados',
  options_restore_heading: 'Restaurar',
  options_restore_label: 'Restaurar de um arquivo de backup',
  options_restore_hint:
    'O arquivo inteiro é verificado antes; um arquivo danificado ou estranho é recusado e nada muda.',
  options_restore_title: 'Substituir todos os seus dados por $1?',
  options_restore_confirm: 'Substituir meus dados',
  options_restore_cancel: 'Cancelar a restauração',
  options_restore_body: 'Tudo o que o Polarity guarda agora é substituído de uma só vez.',
  options_reset_heading: 'Começar de novo',
  options_reset_button: 'Excluir todos os dados…',
  options_reset_title: 'Excluir todos os dados do Polarity?',
  options_reset_confirm: 'Excluir tudo',
  options_reset_cancel: 'Manter meus dados',
  options_reset_body:
    'Todas as semanas, categorias e invasões armazenadas são excluídas deste navegador, e as regras e configurações voltam ao padrão (também nos seus outros navegadores sincronizados). Não é possível desfazer: faça um backup antes, se puder precisar disso.',
  options_working: 'Processando…',

  options_backup_holds: '$1 de histórico ($2 a $3), $4, $5, $6 e as configurações',
  options_backup_holds_no_days: '$1 de histórico, $2, $3, $4 e as configurações',
  options_tags_one: '$1 categoria',
  options_tags_many: '$1 de categorias',
  options_tags_other: '$1 categorias',
  options_overrides_one: '$1 invasão',
  options_overrides_many: '$1 de invasões',
  options_overrides_other: '$1 invasões',
  options_rules_one: '$1 regra',
  options_rules_many: '$1 de regras',
  options_rules_other: '$1 regras',
  options_old_backup_rules: 'nenhuma regra (um backup antigo: suas regras ficam como estão)',
  options_backup_saved: '$1 salvo: $2.',
  options_backup_saved_plain: '$1 salvo.',
  options_backup_failed: 'Falha no backup: $1.',
  options_backup_of: 'Backup de $1: $2.',
  options_file_refused: 'Não restaurado: $1 Nada foi alterado.',
  options_restore_cancelled: 'Restauração cancelada. Nada foi alterado.',
  options_not_restored: 'Não restaurado: $1',
  options_restore_error: 'Não restaurado: $1. Nada foi alterado.',
  options_restore_partial:
    'Histórico, categorias e invasões foram restaurados, mas as configurações e regras não: $1.',
  options_restored: '$1 restaurado.',
  options_restored_pruned_one:
    '$2 restaurado. Em seguida, $1 dia mais antigo que o histórico mantido foi removido.',
  options_restored_pruned_many:
    '$2 restaurado. Em seguida, $1 de dias mais antigos que o histórico mantido foram removidos.',
  options_restored_pruned_other:
    '$2 restaurado. Em seguida, $1 dias mais antigos que o histórico mantido foram removidos.',
  options_nothing_deleted: 'Nada foi excluído.',
  options_reset_refused: 'Não excluído: $1',
  options_reset_partial:
    'O histórico foi excluído, mas não foi possível redefinir as configurações: $1.',
  options_reset_done:
    'Todos os dados do Polarity foram excluídos; as configurações e regras voltaram ao padrão.',
  options_reset_error: 'Nada foi excluído: $1.',
};
