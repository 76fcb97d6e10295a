import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.ts';

/** End-to-end tests run against the production build, built once per run. */
export default function setup() {
  chromiumPath(); // fail fast, with the fix, before a minute of building
  if (process.env.POLARITY_SKIP_BUILD !== '1') {
    execSync('npm run build --silent', { stdio: 'inherit' });
    execSync('npm run build:firefox --silent', { stdio: 'inherit' });
  }
}
