import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { startMunicipalSite } from './scripts/municipal-site.mjs';

const site = await startMunicipalSite({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const runs = [
  { name: 'light-1280', viewport: { width: 1280, height: 900 } },
  { name: 'light-320', viewport: { width: 320, height: 800 } },
  { name: 'dark-1280', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'dark-320', viewport: { width: 320, height: 800 }, colorScheme: 'dark' },
  { name: 'forced-1280', viewport: { width: 1280, height: 900 }, forcedColors: 'active' },
  { name: 'forced-320', viewport: { width: 320, height: 800 }, forcedColors: 'active' },
];
for (const run of runs) {
  const context = await browser.newContext(run);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site.url}/`);
  const robotics = page.locator('saxon-topic-list button[part~="topic-button"]', { hasText: 'Robotik' });
  await robotics.waitFor({ timeout: 60_000 });
  await page.locator('saxon-topic-list').scrollIntoViewIfNeeded();
  const height = await page.locator('saxon-topic-list').evaluate((el) => el.getBoundingClientRect().height);
  await robotics.click();
  await page.locator('saxon-topic-list button[part~="topic-button"]', { hasText: 'Maschinelles Lernen' }).click();
  await page.locator('saxon-topic-list button[part~="topic-button"]').first().focus();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(2500);
  await page.locator('#themen').screenshot({ path: `/tmp/25a-shots/${run.name}-topics.png` });
  await page.locator('#akteure').screenshot({ path: `/tmp/25a-shots/${run.name}-map.png` });
  await page.locator('#termine').screenshot({ path: `/tmp/25a-shots/${run.name}-events.png` });
  const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  console.log(run.name, 'topic list height', Math.round(height), 'scroll/client', scroll, 'errors', errors);
  await context.close();
}
await browser.close();
await site.close();
