import { describe, expect, it } from 'vitest';
import {
  dayMonthFormat,
  numberFormat,
  percentFormat,
  pluralRules,
  slotFormat,
} from '@/utils/shared/i18n/formats';
import { catalogueReader, render } from '@/utils/shared/i18n/render';

describe('formatters kept per language', () => {
  it('makes each formatter once per language, and a different one for another language', () => {
    expect(numberFormat('de')).toBe(numberFormat('de'));
    expect(numberFormat('de')).not.toBe(numberFormat('en'));
    expect(pluralRules('pl')).toBe(pluralRules('pl'));
    expect(slotFormat('ja')).toBe(slotFormat('ja'));
  });

  it('writes each language its own way', () => {
    expect(numberFormat('de').format(1234.5)).toBe('1.234,5');
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5');
    expect(percentFormat('de').format(0.24)).toBe('24\u00a0%'); // a no-break space, as German writes it
    expect(percentFormat('en').format(0.24)).toBe('24%');
    expect(pluralRules('pl').select(5)).toBe('many');
    expect(dayMonthFormat('en-GB').format(new Date(2026, 10, 24))).toBe('24 Nov');
  });

  it('a kept formatter of one language never leaks into a message of another', () => {
    const de = catalogueReader({ n: '$1 Termine' }, 'de');
    const en = catalogueReader({ n: '$1 events' }, 'en');
    expect(render({ key: 'n' as never, subs: [1500] }, de)).toBe('1.500 Termine');
    expect(render({ key: 'n' as never, subs: [1500] }, en)).toBe('1,500 events');
  });
});
