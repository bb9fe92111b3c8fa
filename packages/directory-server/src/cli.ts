#!/usr/bin/env node
// saxon-directory: serve | migrate | import | export (wired in follow-up commits).
console.error('saxon-directory: not wired yet');
process.exit(1);
