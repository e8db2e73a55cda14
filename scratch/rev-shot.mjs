import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(process.argv[2]);
await p.waitForTimeout(3000);
if (process.argv[4]) await p.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), process.argv[4]);
await p.waitForTimeout(4000);
await p.screenshot({ path: process.argv[3] });
await b.close();
