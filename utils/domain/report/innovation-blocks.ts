import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { CalEvent } from '@/utils/shared/types';
import { clip, intersect, totalMinutes, union, type Interval } from '@/utils/domain/week/intervals';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import type { BlockOverride, InnovationBlock } from './week-report';

export type RebookUrl = (override: OverrideRecord) => string | undefined;

type Block = Pick<CalEvent, 'id' | 'title' | 'start' | 'end'>;

/**
 * The week's innovation blocks, each kept or overridden. A deleted or
 * moved-out block is no longer among the events: its override record brings
 * it back, as it was. A restored override gave the time back, so it no
 * longer counts against the block.
 */
export function innovationBlocks(
  events: readonly ClassifiedEvent[],
  overrides: readonly OverrideRecord[],
  range: { start: number; end: number },
  rebookUrl?: RebookUrl,
): InnovationBlock[] {
  const counted = events.filter((e) => e.kind === 'timed' && !e.declined);
  const execution = union(
    clip(
      counted.filter((e) => e.category === 'execution').map((e): Interval => [e.start, e.end]),
      range.start,
      range.end,
    ),
  );
  const minutesIn = (b: Block) => totalMinutes(clip([[b.start, b.end]], range.start, range.end));

  const live = overrides.filter((o) => o.state !== 'restored');
  const byBlock = new Map<string, OverrideRecord[]>();
  for (const o of live) byBlock.set(o.block.id, [...(byBlock.get(o.block.id) ?? []), o]);

  const blocks = new Map<string, Block>();
  for (const e of counted) if (e.category === 'innovation') blocks.set(e.id, e);
  for (const o of live) if (!blocks.has(o.block.id)) blocks.set(o.block.id, o.block);

  return [...blocks.values()]
    .filter((b) => minutesIn(b) > 0 || byBlock.has(b.id))
    .sort((a, b) => a.start - b.start)
    .map((b): InnovationBlock => {
      const records = byBlock.get(b.id) ?? [];
      const own = clip([[b.start, b.end]], range.start, range.end);
      return {
        id: b.id,
        title: b.title,
        start: b.start,
        end: b.end,
        minutes: Math.round(minutesIn(b)),
        status: records.length > 0 ? 'overridden' : 'kept',
        overrides: records.map((o) => toBlockOverride(o, rebookUrl)),
        minutesLost: records.reduce((sum, o) => sum + o.minutesLost, 0),
        overlapMin: Math.round(totalMinutes(intersect(own, execution))),
      };
    });
}

function toBlockOverride(o: OverrideRecord, rebookUrl?: RebookUrl): BlockOverride {
  const url = rebookUrl?.(o);
  return {
    cause: o.cause,
    minutesLost: o.minutesLost,
    state: o.state,
    ...(o.by && { byTitle: o.by.title }),
    ...(url !== undefined && { rebookUrl: url }),
  };
}
