import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readZip } from '../../scripts/read-zip.ts';
import { VERSION } from './harness.ts';

// What `npm run zip` makes for the two stores, read from the packages
// themselves: the Chrome Web Store zip, the addons.mozilla.org zip and the
// sources zip AMO rebuilds it from (docs/store.md).
const OUT = resolve(__dirname, '../../.output');
const PACKAGES = {
  chrome: { zip: `polarity-${VERSION}-chrome.zip`, dir: 'chrome-mv3' },
  firefox: { zip: `polarity-${VERSION}-firefox.zip`, dir: 'firefox-mv3' },
} as const;
const SOURCES = `polarity-${VERSION}-sources.zip`;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  icons: Record<string, string>;
  background: { service_worker?: string; scripts?: string[] };
  action: { default_popup: string };
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
  };
}
const manifestOf = (files: Map<string, Buffer>) =>
  JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe.each(Object.entries(PACKAGES))('the %s package', (browser, { zip, dir }) => {
  const files = () => readZip(join(OUT, zip));

  test('holds exactly the production build', () => {
    expect([...files().keys()].sort()).toEqual(filesUnder(join(OUT, dir)));
  });

  test("Manifest V3, the package's version, a description under 132 characters in every language", () => {
    const f = files();
    const m = manifestOf(f);
    expect(m.manifest_version).toBe(3);
    expect([m.name, m.description]).toEqual(['__MSG_ext_name__', '__MSG_ext_description__']);
    expect(m.version).toBe(VERSION);
    const locales = [...f.keys()].filter((k) => /^_locales\/[^/]+\/messages\.json$/.test(k));
    expect(locales.length).toBe(11);
    for (const path of locales) {
      const messages = JSON.parse(f.get(path)!.toString('utf8')) as Record<
        string,
        { message: string }
      >;
      expect(messages.ext_name!.message, path).toBe('Polarity');
      // 132 is the Chrome Web Store's limit; AMO's summary allows 250.
      expect(messages.ext_description!.message.length, path).toBeGreaterThan(40);
      expect(messages.ext_description!.message.length, path).toBeLessThanOrEqual(132);
    }
    expect(m.action.default_popup).toBe('popup.html');
  });

  test('icons at 16, 32, 48, 96 and 128 px, each the size it says', () => {
    const f = files();
    const { icons } = manifestOf(f);
    // Chrome: 128 for the store and install, 48 for the extensions page, 16 and 32 for
    // the toolbar; Firefox: 48 and 96 for the add-ons manager and high-density screens.
    expect(Object.keys(icons).sort((a, b) => +a - +b)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(f.get(path)!), path).toEqual([+size, +size]);
    }
  });

  test('its background is the one the browser runs', () => {
    const { background } = manifestOf(files());
    expect(background).toEqual(
      browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    );
  });
});

test('the Firefox package: a stable add-on id, no data collected, a Firefox that knows the declaration', () => {
  const gecko = manifestOf(readZip(join(OUT, PACKAGES.firefox.zip))).browser_specific_settings!
    .gecko;
  expect(gecko.id).toBe('polarity@polarity.invalid');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  // data_collection_permissions is read from Firefox 140 (Firefox for Android 142).
  expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
});

const unpacked: string[] = [];
afterAll(() => unpacked.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The zip's files written out, for tools that want a folder. */
function unpack(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'polarity-zip-'));
  unpacked.push(dir);
  for (const [name, content] of readZip(join(OUT, zip))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

test('web-ext lint (addons.mozilla.org rules, offline): no error, warning or notice on the Firefox package', () => {
  const dir = unpack(PACKAGES.firefox.zip);
  const out = execFileSync(
    'npm',
    ['exec', '--offline', '--', 'web-ext', 'lint', '--source-dir', dir, '--output', 'json'],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  const report = JSON.parse(out.slice(out.indexOf('{'))) as Record<
    'errors' | 'warnings' | 'notices',
    { code: string; message: string; file?: string }[]
  > & { summary: object };
  const found = [...report.errors, ...report.warnings, ...report.notices].map(
    (m) => `${m.code} ${m.file ?? ''}: ${m.message}`,
  );
  expect(found).toEqual([]);
  expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
});

test('the sources zip: what the build needs, nothing built, installed or private', () => {
  const names = [...readZip(join(OUT, SOURCES)).keys()];
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'tsconfig.json',
    'entrypoints/background.ts',
    'entrypoints/calendar.content.ts',
    'scripts/markup-free-preact.ts',
    'public/icon/128.png',
    'docs/store.md',
  ]) {
    expect(names).toContain(needed);
  }
  const bad = names.filter((n) =>
    /^(node_modules|\.output|\.wxt|\.git|test-results|demo-output|tests)\/|(^|\/)\./.test(n),
  );
  expect(bad).toEqual([]);
});
