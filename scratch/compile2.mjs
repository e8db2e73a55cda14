import { readFileSync } from 'node:fs';
const c = await import('@astrojs/compiler-rs');
const f = process.argv[2];
const r = await (c.transform ?? c.compile)(readFileSync(f, 'utf8'), { filename: f });
console.log(JSON.stringify(r.diagnostics, null, 1).slice(0, 800));
