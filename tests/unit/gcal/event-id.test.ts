import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeEventId } from '@/utils/gcal/event-id';
import { encodeEventId, encodeTaskId } from '../../fixtures/gcal-ids';

describe('decodeEventId', () => {
  test('decodes a real recurring instance on a gmail calendar', () => {
    // From a public December 2025 month-view capture.
    const eid =
      'cm51cnRpdWxvaWxsZW9lZ2w0ODE1MHVzODhfMjAyNTExMzBUMTkwMDAwWiBhZGFtLmh1cmxleS5wcml2YXRlQG0';
    expect(decodeEventId(eid)).toEqual({
      id: 'rnurtiuloilleoegl48150us88_20251130T190000Z',
      calendarId: 'adam.hurley.private@gmail.com',
      seriesId: 'rnurtiuloilleoegl48150us88',
      kind: 'event',
    });
  });

  test('expands the short calendar domains', () => {
    expect(decodeEventId(encodeEventId('abc', 'team@group.calendar.google.com'))?.calendarId).toBe(
      'team@group.calendar.google.com',
    );
    expect(decodeEventId(encodeEventId('abc', 'x#y@group.v.calendar.google.com'))?.calendarId).toBe(
      'x#y@group.v.calendar.google.com',
    );
    expect(decodeEventId(encodeEventId('abc', 'me@example.com'))?.calendarId).toBe(
      'me@example.com',
    );
  });

  test('accepts url-safe and padded forms', () => {
    const std = btoa('a?>~ mex@m').replace(/=+$/, '');
    expect(std).toMatch(/[+/]/);
    const urlSafe = std.replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeEventId(urlSafe)?.id).toBe('a?>~');
    const padded = std + '='.repeat((4 - (std.length % 4)) % 4);
    expect(padded).toMatch(/=$/);
    expect(decodeEventId(padded)?.id).toBe('a?>~');
  });

  test('strips only a trailing recurrence suffix', () => {
    expect(decodeEventId(encodeEventId('abc_20261124', 'me@example.com'))?.seriesId).toBe('abc');
    expect(decodeEventId(encodeEventId('abc_20261124T150000Z', 'me@example.com'))?.seriesId).toBe(
      'abc',
    );
    const holiday = decodeEventId(
      encodeEventId('20261126_60o30dr56co', 'en.usa#holiday@group.v.calendar.google.com'),
    );
    expect(holiday).toMatchObject({ seriesId: '20261126_60o30dr56co', kind: 'holiday' });
  });

  test('recognises tasks, birthdays and holidays', () => {
    expect(decodeEventId('tasks_CpmpnDyL3smswR0R')?.kind).toBe('task');
    expect(decodeEventId('tasks.CpmpnDyL3smswR0R')?.kind).toBe('task');
    expect(decodeEventId('tasks_rollover_view')?.kind).toBe('task');
    // Real `ttb_` id of the 2025 UI.
    expect(
      decodeEventId('ttb_MzdvcTMwbWFiajlwZW1pNTJxMXV0azdvM2cgYWRhbS5odXJsZXkucHJpdmF0ZUBt'),
    ).toEqual({
      id: '37oq30mabj9pemi52q1utk7o3g',
      calendarId: 'adam.hurley.private@gmail.com',
      seriesId: '37oq30mabj9pemi52q1utk7o3g',
      kind: 'task',
      // A time block when its chip gives a start and an end (read-chip.ts).
      timeBlock: true,
    });
    expect(decodeEventId('tasks_rollover_view')).not.toHaveProperty('timeBlock');
    expect(decodeEventId(encodeTaskId('t1', 'me@example.com'))?.kind).toBe('task');
    const birthday = encodeEventId('b1', 'addressbook#contacts@group.v.calendar.google.com');
    expect(decodeEventId(birthday)?.kind).toBe('birthday');
  });

  test('an unknown short domain stays as written', () => {
    expect(decodeEventId(btoa('x y@constructor').replace(/=+$/, ''))?.calendarId).toBe(
      'y@constructor',
    );
  });

  test.each(['', '!!!', 'YWJj', 'a', 'Zm9v', 'AAAA'])('returns null for %j', (eid) => {
    expect(decodeEventId(eid)).toBeNull();
  });

  test('never throws and round-trips any id', () => {
    fc.assert(fc.property(fc.string(), (s) => void decodeEventId(s)));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\w.-]{1,40}$/),
        fc.stringMatching(/^[\w.]{1,20}@[a-z]{1,12}\.[a-z]{2,6}$/),
        (id, cal) => {
          expect(decodeEventId(encodeEventId(id, cal))).toMatchObject({ id, calendarId: cal });
        },
      ),
    );
  });
});
