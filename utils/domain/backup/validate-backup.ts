import type {
  DayRecord,
  MetaRecord,
  OverrideRecord,
  ServesRecord,
  TagRecord,
} from '@/utils/domain/db/schema';
import { DB_VERSION } from '@/utils/domain/db/schema';
import { DATA_EXPORT_FORMAT, DATA_EXPORT_VERSION } from '@/utils/domain/export/data-export';
import type { Rule } from '@/utils/domain/rules/types';
import {
  MAX_RULES,
  normaliseRule,
  parseRules,
  ruleError,
} from '@/utils/domain/rules/validate-rule';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import { checkSettings } from '@/utils/domain/settings/settings-check';
import { fail, Invalid, list, obj, str, unique } from '@/utils/shared/check';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { ruleProblem } from '@/utils/domain/rules/rule-problem';
import { checkDay, checkMeta, checkOverride, checkServes, checkTag } from './check-records';

/** A backup that passed every check, ready to restore. */
export interface Backup {
  /** The file's format version: 1 has no rules or meta (they stay as they are on restore). */
  version: 1 | 2;
  exportedAt: string;
  dbVersion: number;
  settings: Settings;
  rules?: Rule[];
  days: DayRecord[];
  tags: TagRecord[];
  /** "Serves" links; a file from before them (no field) has none. */
  serves: ServesRecord[];
  overrides: OverrideRecord[];
  meta?: MetaRecord[];
}

/** A refused file: why, as a sentence for the reader (`because`) and in English (`reason`). */
export type BackupCheck =
  { ok: true; backup: Backup } | { ok: false; reason: string; because: Msg };

/** Far above years of history (a few MB), far below what a message or a tab can hold. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

// A problem of the file as a whole is its own sentence; a field's is put in the file.
const WHOLE = new Set<string>([
  'check_file_empty',
  'check_file_too_large',
  'check_file_not_json',
  'check_file_no_object',
  'check_file_no_format',
  'check_file_format',
  'check_file_newer',
  'check_file_newer_db',
]);

function refused(e: Invalid): { ok: false; reason: string; because: Msg } {
  if (WHOLE.has(e.because.key)) return { ok: false, reason: e.message, because: e.because };
  return {
    ok: false,
    reason: `In the file, ${e.message}.`,
    because: msg('check_in_file', e.because),
  };
}

/** The text of a chosen file: JSON, then the checks below. */
export function parseBackupText(text: string): BackupCheck {
  if (text.trim() === '') return refused(new Invalid(msg('check_file_empty')));
  if (text.length > MAX_BACKUP_BYTES) return refused(new Invalid(msg('check_file_too_large')));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The engine's own detail, in its words, after a sentence in the reader's.
    const why = e instanceof Error ? e.message : String(e);
    return refused(new Invalid(msg('check_file_not_json', why)));
  }
  return validateBackup(value);
}

/** A rule rebuilt from its known fields (after `ruleError` passed). */
function rebuildRule(r: Rule): Rule {
  const w = r.when;
  const when: Rule['when'] =
    w.type === 'regex'
      ? {
          type: 'regex',
          pattern: w.pattern,
          ...(w.caseSensitive !== undefined && { caseSensitive: w.caseSensitive }),
        }
      : w.type === 'guests'
        ? { type: 'guests', hasGuests: w.hasGuests }
        : normaliseRule(r).when;
  return { id: r.id, when, category: r.category };
}

function checkRules(v: unknown): Rule[] {
  const rules = list(v, 'rules');
  if (rules.length > MAX_RULES) fail('rules', 'check_rules_max', MAX_RULES);
  rules.forEach((r, i) => {
    if (parseRules([r]).length === 0) fail(`rules[${i}]`, 'check_rule_unusable');
    const problem = ruleProblem(r as Rule);
    if (problem) {
      const because = msg('check_rule_invalid', `rules[${i}]`, problem);
      throw new Invalid(because, `rules[${i}] is not valid: ${ruleError(r as Rule)}`);
    }
  });
  const parsed = parseRules(rules).map(rebuildRule);
  parsed.forEach((r, i) => str(r.id, `rules[${i}].id`, { max: 200, empty: false }));
  unique(parsed, 'rules', (r) => r.id);
  return parsed;
}

/**
 * Checks a whole backup before anything is written: the format and its
 * version, every setting, rule and record, and that no key repeats. Any
 * problem refuses the whole file, with the first problem named.
 */
export function validateBackup(value: unknown): BackupCheck {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Invalid(msg('check_file_no_object'));
    }
    const v = value as Record<string, unknown>;
    if (v.format !== DATA_EXPORT_FORMAT) {
      throw new Invalid(
        v.format === undefined
          ? msg('check_file_no_format')
          : msg('check_file_format', JSON.stringify(v.format).slice(0, 60)),
      );
    }
    const version = v.version;
    if (typeof version === 'number' && version > DATA_EXPORT_VERSION) {
      throw new Invalid(msg('check_file_newer', version));
    }
    if (version !== 1 && version !== 2) fail('version', 'check_version');
    const dbVersion = v.dbVersion;
    if (typeof dbVersion === 'number' && dbVersion > DB_VERSION) {
      throw new Invalid(msg('check_file_newer_db', dbVersion));
    }
    if (!Number.isInteger(dbVersion) || (dbVersion as number) < 1) {
      fail('dbVersion', 'check_db_version');
    }
    const exportedAt = str(v.exportedAt, 'exportedAt', { max: 40 });
    if (Number.isNaN(Date.parse(exportedAt))) fail('exportedAt', 'check_date_time');

    const { settings, because } = checkSettings(obj(v.settings, 'settings'), DEFAULT_SETTINGS);
    if (because.length > 0) throw new Invalid(because[0]!);

    const days = list(v.days, 'days').map((d, i) => checkDay(d, `days[${i}]`));
    unique(days, 'days', (d) => `${d.account}|${d.day}`);
    const tags = list(v.tags, 'tags').map((t, i) => checkTag(t, `tags[${i}]`));
    unique(tags, 'tags', (t) => `${t.account}|${t.scope}|${t.id}`);
    const serves =
      v.serves === undefined
        ? []
        : list(v.serves, 'serves').map((s, i) => checkServes(s, `serves[${i}]`));
    unique(serves, 'serves', (s) => `${s.account}|${s.scope}|${s.id}`);
    const overrides = list(v.overrides, 'overrides').map((o, i) =>
      checkOverride(o, `overrides[${i}]`),
    );
    unique(overrides, 'overrides', (o) => o.key);

    const backup: Backup = {
      version,
      exportedAt,
      dbVersion: dbVersion as number,
      settings,
      days,
      tags,
      serves,
      overrides,
    };
    if (version === 2) {
      backup.rules = checkRules(v.rules);
      // Keys Polarity never writes are dropped; known ones are checked and rebuilt.
      const meta = list(v.meta, 'meta')
        .map((m, i) => checkMeta(m, `meta[${i}]`))
        .filter((m) => m !== null);
      unique(meta, 'meta', (m) => m.key);
      backup.meta = meta;
    }
    return { ok: true, backup };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return refused(e);
  }
}
