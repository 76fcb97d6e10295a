/** `9.5 h`, rounded like the badge's tooltip so the two read the same. */
export const formatHours = (min: number): string => `${Math.round((min / 60) * 10) / 10} h`;

/** `45 min`, `2 h`, `1 h 30 min`: block lengths, where minutes matter. */
export function formatMinutes(min: number): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
