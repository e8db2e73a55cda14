import { readFileSync } from 'node:fs';
const c = await import('@astrojs/compiler-rs');
for (const f of process.argv.slice(2)) {
  try { const r = await (c.transform ?? c.compile)(readFileSync(f, 'utf8'), { filename: f }); console.log(f, 'ok', r.diagnostics?.length ?? ''); }
  catch (e) { console.log(f, 'ERR', e.message); }
}
