import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://127.0.0.1:4457/');
await p.waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#code-content .error-line'), null, { timeout: 60000 });
await p.waitForTimeout(500);
await p.screenshot({ path: '/tmp/shot-overlay.png' });
await b.close();
