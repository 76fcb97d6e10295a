/** The split presets by role (product.md "Target"), execution/innovation. */
export type PresetId = '90/10' | '80/20' | '75/25' | '60/40';
export type TargetPreset = PresetId | 'custom';

export interface Preset {
  id: PresetId;
  /** The innovation share in percent: 80/20 → 20. */
  innovationPercent: number;
  /** Who it fits, in one line (from the coaching essay: scope decides, not 50/50). */
  fits: string;
}

export const TARGET_PRESETS: readonly Preset[] = [
  {
    id: '90/10',
    innovationPercent: 10,
    fits: 'New in a lead role, or a small scope where stakeholders mostly value delivery.',
  },
  {
    id: '80/20',
    innovationPercent: 20,
    fits: 'A team lead still hands-on: most of the week delivers, one protected block improves how.',
  },
  {
    id: '75/25',
    innovationPercent: 25,
    fits: 'Leading several teams: turn recurring execution problems into checklists, templates and automation.',
  },
  {
    id: '60/40',
    innovationPercent: 40,
    fits: 'A wide scope (a department or more), where your job is looking one horizon further out.',
  },
];

export const CUSTOM_MIN = 1;
export const CUSTOM_MAX = 99;

/** The preset whose split is `percent`, else custom. */
export function presetFor(percent: number): TargetPreset {
  return TARGET_PRESETS.find((p) => p.innovationPercent === percent)?.id ?? 'custom';
}

export const isTargetPreset = (v: unknown): v is TargetPreset =>
  v === 'custom' || TARGET_PRESETS.some((p) => p.id === v);
