import { addDays, startOfDay } from 'date-fns';

/** The next local midnight: the week can only roll over then. */
export const nextMidnight = (now: number): number => addDays(startOfDay(now), 1).getTime();
