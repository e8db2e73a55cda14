// `npm test`: runs every vitest project (unit, build, e2e) and ends with one line,
// "N passed, N failed[, N skipped]", computed from vitest's JSON report. Extra arguments are passed
// on to vitest, e.g. `npm test -- --project unit`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, 'test-results');
const report = join(resultsDir, 'vitest-report.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(report, { force: true });

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(error);
    resolve(1);
  });
  child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  /** @type {{ testResults?: { status: string, assertionResults?: { status: string }[] }[] }} */
  const data = JSON.parse(readFileSync(report, 'utf8'));
  for (const file of data.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const t of tests) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
      else skipped++; // skipped, pending, todo
    }
    // A file that failed without a failing test (import error, failing beforeAll) counts once.
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) failed++;
  }
} else {
  console.error(`No vitest report at ${report} (vitest exited with ${code} before reporting).`);
}
// vitest failed for a reason outside any test (globalSetup, config, unhandled error).
if (code !== 0 && failed === 0) failed = 1;

const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
process.stdout.write(`${line}\n`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
