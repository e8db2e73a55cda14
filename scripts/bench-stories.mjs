// `npm run bench -- --stories`: what a build of many stories costs. Builds the site of every story
// (no STORY) with 1, 5 and 20 stories and reports, for each, the build time, the peak memory of the
// build process (GNU time's maximum resident set size) and the output's size. The stories are copies
// of the real story folder under temporary slugs, in a temporary content root (EXPLAINER_CONTENT_DIR):
// content/ is never touched. Timings are reported, never asserted.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renameStoryKey } from '../src/lib/stories/new-story.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'bench-results');
const SOURCE_SLUG = 'macron-moscow';
const COUNTS = (process.env.BENCH_STORIES ?? '1,5,20').split(',').map(Number);
const GNU_TIME = '/usr/bin/time';

/** A content root holding site.yaml and `count` stories: the real one, then copies bench-2, bench-3, … */
function contentRoot(base, count) {
  const dir = join(base, `content-${count}`);
  mkdirSync(join(dir, 'stories'), { recursive: true });
  cpSync(join(root, 'content', 'site.yaml'), join(dir, 'site.yaml'));
  const source = join(root, 'content', 'stories', SOURCE_SLUG);
  for (let i = 1; i <= count; i++) {
    const slug = i === 1 ? SOURCE_SLUG : `bench-${i}`;
    const target = join(dir, 'stories', slug);
    cpSync(source, target, { recursive: true });
    const storyYaml = join(target, 'story', 'story.yaml');
    writeFileSync(storyYaml, renameStoryKey(readFileSync(storyYaml, 'utf8'), slug, SOURCE_SLUG));
  }
  return dir;
}

/** Bytes and files under a folder. */
function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Runs `astro build` for one content root; wall time, and peak memory when GNU time is there. */
function build(content, dist) {
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist];
  const timed = existsSync(GNU_TIME);
  const [command, ...args] = timed ? [GNU_TIME, '-v', ...astro] : astro;
  const env = { ...process.env, NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1', EXPLAINER_CONTENT_DIR: content };
  delete env.STORY;
  delete env.DRAFTS;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      if (code !== 0) return reject(new Error(`astro build exited ${code}\n${output.slice(-3000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      resolve({ ms, peakMemoryMB: rss ? Math.round(Number(rss[1]) / 1024) : null });
    });
  });
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);

/** The report as Markdown: one row per build, then what each story beyond the first added. */
function table(report) {
  const [first] = report.builds;
  const lines = [
    `# Many stories, ${report.date}`,
    '',
    `Every story is a copy of content/stories/${SOURCE_SLUG}/, built together (no STORY) under /<slug>/ with the index at /.`,
    '',
    '| stories | build time | peak memory | output | files | per story: time | per story: output |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...report.builds.map((b) =>
      `| ${b.stories} | ${s(b.ms)} s | ${b.peakMemoryMB ?? 'n/a'} MB | ${mb(b.bytes)} MB | ${b.files} | ${s(b.ms / b.stories)} s | ${mb(b.bytes / b.stories)} MB |`),
    '',
  ];
  for (const b of report.builds.slice(1)) {
    const added = (b.ms - first.ms) / (b.stories - first.stories);
    lines.push(`From ${first.stories} to ${b.stories} stories, each added story cost ${s(added)} s, against ${s(first.ms)} s to build ${first.stories === 1 ? 'one story alone' : `${first.stories} stories`}: ` +
      `${added < first.ms ? 'less' : 'not less'} than building it alone.`);
  }
  return lines.join('\n') + '\n';
}

export async function benchStories() {
  mkdirSync(outDir, { recursive: true });
  const base = mkdtempSync(join(tmpdir(), 'bench-stories-'));
  const report = { date: new Date().toISOString(), builds: [] };
  try {
    for (const count of COUNTS) {
      const content = contentRoot(base, count);
      const dist = join(base, `dist-${count}`);
      console.log(`Building ${count} ${count === 1 ? 'story' : 'stories'}…`);
      const result = await build(content, dist);
      report.builds.push({ stories: count, ...result, ...sizeOf(dist) });
      rmSync(dist, { recursive: true, force: true });
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  writeFileSync(join(outDir, 'stories.json'), JSON.stringify(report, null, 2));
  const text = table(report);
  writeFileSync(join(outDir, 'stories.md'), text);
  console.log(`\n${text}\nWritten to bench-results/stories.json and bench-results/stories.md`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStories();
