import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
const url = process.argv[2] ?? 'http://127.0.0.1:4455/';
await p.goto(url);
await p.waitForSelector('vite-error-overlay', { timeout: 30000 });
await p.waitForTimeout(1000);
const info = await p.evaluate(() => {
  const r = document.querySelector('vite-error-overlay').shadowRoot;
  const h = r.querySelector('#code header h2');
  return { title: r.querySelector('#title')?.textContent, msg: r.querySelector('#message-content')?.textContent, h2: h?.textContent, abs: h?.title, hint: r.querySelector('#hint-content')?.textContent };
});
console.log(JSON.stringify(info, null, 1));
await p.screenshot({ path: process.argv[3] ?? '/tmp/ed-overlay.png' });
await b.close();
