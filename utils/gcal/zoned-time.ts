/**
 * Wall-clock times in the Calendar account's zone, as epoch ms. Google draws
 * and writes every time in the account's zone, which can differ from the
 * browser's; the week is then counted in the browser's zone from these instants.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An IANA zone name Intl knows, or undefined. */
export function validZone(name: string | null | undefined): string | undefined {
  const zone = name?.trim();
  if (!zone || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** How far the zone's wall clock is ahead of UTC at instant `t`, in ms. */
function offsetAt(zone: string, t: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(zone).formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - (t - (t % 1000));
}

/**
 * The instant the zone's clocks show y-m-d h:min. A time skipped by a
 * spring-forward change lands after the gap; a repeated one takes the first.
 */
export function zonedTime(
  zone: string,
  y: number,
  m: number,
  d: number,
  h: number,
  min: number,
): number {
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - offsetAt(zone, wall);
  const second = wall - offsetAt(zone, first);
  if (first === second) return first;
  // Across a change the two guesses differ: keep the one the zone's clock agrees with.
  return wall - offsetAt(zone, second) === second
    ? Math.min(first, second)
    : Math.max(first, second);
}
