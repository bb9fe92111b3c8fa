#!/usr/bin/env node
import { assertChromium } from './chromium.mjs';

try {
  assertChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
