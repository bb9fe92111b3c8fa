// Where the system Chromium lives, and the flags that let it run headless on CI machines and
// containers. Browsers are never downloaded: they come from the operating system's packages.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function assertChromium() {
  if (existsSync(chromiumPath)) return;
  const hint =
    process.platform === 'linux'
      ? 'sudo apt-get install -y chromium   (Debian/Ubuntu)'
      : 'install Chrome or Chromium';
  throw new Error(
    `Browser tests need Chromium, but ${chromiumPath} does not exist.\n` +
      `  Install it:  ${hint}\n` +
      `  or point CHROMIUM_PATH at an existing Chromium/Chrome binary.`,
  );
}
