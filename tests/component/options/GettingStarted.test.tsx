// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { GettingStarted, type StartEffects } from '@/components/options/GettingStarted';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { catalogueReader } from '@/utils/shared/i18n/render';

afterEach(cleanup);

const effects = (shortcut: string, lang = 'en'): StartEffects => ({
  openWelcome: vi.fn(),
  popupShortcut: vi.fn(async () => shortcut),
  reader: () => catalogueReader(CATALOGUES[lang]!, lang),
});

test('the welcome page can be opened again', () => {
  const fx = effects('Alt+Shift+Y');
  render(<GettingStarted effects={fx} />);
  fireEvent.click(screen.getByRole('button', { name: 'Show the welcome page' }));
  expect(fx.openWelcome).toHaveBeenCalledTimes(1);
});

test('lists the popup shortcut the browser has now, not the suggested one', async () => {
  render(<GettingStarted effects={effects('Ctrl+Shift+Y')} />);
  await waitFor(() =>
    expect(screen.getByTestId('shortcut').textContent).toMatch(
      /^Keyboard shortcut for the Polarity popup: Ctrl\+Shift\+Y /,
    ),
  );
  expect(screen.getByText('Ctrl+Shift+Y').tagName).toBe('KBD');
});

test('says so when the user removed the shortcut', async () => {
  render(<GettingStarted effects={effects('')} />);
  await waitFor(() =>
    expect(screen.getByTestId('shortcut').textContent).toMatch(/^No keyboard shortcut is set/),
  );
  expect(screen.queryByRole('term')).toBeNull();
});

test('in the browser’s language', async () => {
  render(<GettingStarted effects={effects('Alt+Shift+Y', 'de')} />);
  expect(screen.getByRole('heading', { name: 'Erste Schritte' })).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId('shortcut').textContent).toContain('Tastenkürzel'));
});
