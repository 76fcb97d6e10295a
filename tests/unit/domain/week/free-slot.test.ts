import { describe, expect, test } from 'vitest';
import { findFreeSlot, type SlotQuery } from '@/utils/domain/week/free-slot';
import { DEFAULT_WORKING_HOURS } from '@/utils/domain/week/count-week';
import { NEXT_WEEK, WEEK, at, ev } from '../../nudges/helpers';

const query = (over: Partial<SlotQuery>): SlotQuery => ({
  minutes: 60,
  days: WEEK.days,
  events: [],
  hours: DEFAULT_WORKING_HOURS,
  notBefore: at(24, 8),
  ...over,
});

describe('next free slot', () => {
  test('inside working hours, from now on', () => {
    expect(findFreeSlot(query({}))).toEqual({ start: at(24, 9), end: at(24, 10) });
    expect(findFreeSlot(query({ notBefore: at(24, 20) }))).toEqual({
      start: at(25, 9),
      end: at(25, 10),
    });
  });

  test('around existing events, starting on a quarter hour', () => {
    const events = [ev('a', 'Standup', 24, 9, 9.5), ev('b', 'Review', 24, 10, 11.83)];
    // 09:30-10:00 is too short; the review ends 11:50, so the next mark is 12:00.
    expect(findFreeSlot(query({ events }))).toEqual({ start: at(24, 12), end: at(24, 13) });
    expect(findFreeSlot(query({ events, minutes: 30 }))).toEqual({
      start: at(24, 9.5),
      end: at(24, 10),
    });
    expect(findFreeSlot(query({ notBefore: at(24, 9.1) }))).toEqual({
      start: at(24, 9.25),
      end: at(24, 10.25),
    });
  });

  test('declined events, all-day markers and tasks leave the time free; absences do not', () => {
    const events = [
      ev('d', 'Vendor pitch', 24, 9, 10, { declined: true }),
      ev('h', 'Holiday', 24, 0, 24, { kind: 'holiday' }),
      ev('t', 'Task', 24, 9, 9.5, { kind: 'task' }),
    ];
    expect(findFreeSlot(query({ events }))).toEqual({ start: at(24, 9), end: at(24, 10) });
    const away = [ev('o', 'Out of office', 24, 0, 24, { kind: 'out-of-office' })];
    expect(findFreeSlot(query({ events: away }))!.start).toBe(at(25, 9));
  });

  test('a slot never runs past the end of the working day, nor into the weekend', () => {
    const friday = query({ notBefore: at(27, 16.5), minutes: 120 });
    expect(findFreeSlot(friday)).toBeUndefined();
    // The week boundary: next week's Monday when this week has no room.
    expect(findFreeSlot({ ...friday, days: [...WEEK.days, ...NEXT_WEEK.days] })).toEqual({
      start: at(30, 9),
      end: at(30, 11),
    });
  });

  test('the working days and hours are the user’s', () => {
    const hours = { days: [0, 1, 2, 3, 4], start: 7 * 60, end: 15 * 60 };
    // Saturday 28th is off; Sunday 29th is a working day from 07:00.
    expect(findFreeSlot(query({ hours, notBefore: at(27, 20) }))).toEqual({
      start: at(29, 7),
      end: at(29, 8),
    });
  });

  test('longer than a working day, or nothing asked: no slot', () => {
    expect(findFreeSlot(query({ minutes: 10 * 60 }))).toBeUndefined();
    expect(findFreeSlot(query({ minutes: 0 }))).toBeUndefined();
  });
});
