// What an addons.mozilla.org reviewer does with the sources zip: unpack it,
// install, build, and get the submitted Firefox package back, byte for byte.
// Run after `npm run zip` (CI does: .ci/run).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readZip } from './read-zip.ts';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const sources = join(root, `.output/polarity-${version}-sources.zip`);
const submitted = join(root, `.output/polarity-${version}-firefox.zip`);
const work = mkdtempSync(join(tmpdir(), 'polarity-sources-'));
try {
  for (const [name, content] of readZip(sources)) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), content);
  }
  const run = (cmd: string) => execSync(cmd, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npm ci --no-audit --no-fund --prefer-offline');
  run('npm run zip:firefox --silent');
  const rebuilt = readFileSync(join(work, `.output/polarity-${version}-firefox.zip`));
  if (!rebuilt.equals(readFileSync(submitted))) {
    console.error(`The Firefox package rebuilt from ${sources} differs from ${submitted}.`);
    process.exit(1);
  }
  console.log(`Rebuilt from the sources zip: the same Firefox package (${rebuilt.length} bytes).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
