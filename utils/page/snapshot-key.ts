import type { Snapshot } from '../types';

/** Identity of a read, without its time: equal keys mean nothing worth sending changed. */
export function snapshotKey(s: Snapshot): string {
  const events = s.events
    .map(
      (e) =>
        `${e.eid}|${e.day}|${e.start}|${e.end}|${e.kind}|${e.declined ? 1 : 0}|${e.title}|${e.color ?? ''}`,
    )
    .join('\n');
  return `${s.account}|${s.view}|${s.status}|${s.reason ?? ''}|${s.fullDays.join(',')}|${s.partialDays.join(',')}\n${events}`;
}
