#!/usr/bin/env node
// Placeholder until the web app issue lands its Playwright suite.
console.log('e2e: no end-to-end suite yet');
