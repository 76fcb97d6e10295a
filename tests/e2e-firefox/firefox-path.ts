import { existsSync } from 'node:fs';

/** Debian's Firefox ESR by default; FIREFOX_PATH points elsewhere on other systems. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. The Firefox end-to-end tests need Firefox ESR (or Developer ` +
        `Edition, which accept an unsigned add-on): run "sudo apt-get install -y firefox-esr" ` +
        `(Debian/Ubuntu) or set FIREFOX_PATH to one.`,
    );
  }
  return path;
}
