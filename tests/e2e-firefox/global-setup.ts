import { execSync } from 'node:child_process';
import { firefoxPath } from './firefox-path.ts';

/** The Firefox tier runs against the production build and the store packages, made once per run. */
export default function setup() {
  firefoxPath(); // fail fast, with the fix, before building
  if (process.env.POLARITY_SKIP_BUILD !== '1') {
    execSync('npm run zip --silent', { stdio: 'inherit' });
  }
}
