// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { downloadFile } from '@/components/download-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('a hidden download link is clicked once, removed, and its URL revoked later', async () => {
  vi.useFakeTimers();
  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return 'blob:polarity/1';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicks: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicks.push(this);
  });

  downloadFile('polarity-2026-W48.csv', ['\uFEFF', 'a,b\r\n'], 'text/csv;charset=utf-8');

  expect(clicks).toHaveLength(1);
  expect(clicks[0]!.download).toBe('polarity-2026-W48.csv');
  expect(clicks[0]!.href).toBe('blob:polarity/1');
  expect(document.querySelector('a[download]')).toBeNull();
  expect(created[0]!.type).toBe('text/csv;charset=utf-8');
  expect(await created[0]!.text()).toBe('\uFEFFa,b\r\n');
  expect(revoke).not.toHaveBeenCalled();
  vi.advanceTimersByTime(60_000);
  expect(revoke).toHaveBeenCalledWith('blob:polarity/1');
});
