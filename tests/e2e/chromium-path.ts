import { existsSync } from 'node:fs';

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other systems. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. End-to-end tests need an unbranded Chromium: ` +
        `run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to one.`,
    );
  }
  return path;
}
