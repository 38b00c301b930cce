import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, Figure } from './bench.types';

// `npm run bench`: runs every `*.bench.ts` under bench/ (optionally only names matching argv[2]),
// then writes bench/results.json (figure, unit, date, git revision) and a readable bench/results.md.
// Budgets live here, never in timed unit tests.

type Row = Figure & { readonly benchmark: string; readonly withinTarget: boolean | null };

const root = resolve(import.meta.dirname, '..');
const only = process.argv[2];

function revision(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

function withinTarget(figure: Figure): boolean | null {
  if (figure.target === undefined) return null;
  return figure.better === 'lower' ? figure.value <= figure.target : figure.value >= figure.target;
}

/**
 * A run of only some benchmarks keeps the other benchmarks' rows of the previous results, each
 * noting the date it was measured, so that `npm run bench -- tab` does not wipe the rest.
 */
function earlierRows(ran: ReadonlySet<string>): Row[] {
  const file = join(root, 'bench', 'results.json');
  if (!existsSync(file)) return [];
  const previous = JSON.parse(readFileSync(file, 'utf8')) as { date?: string; figures?: Row[] };
  return (previous.figures ?? [])
    .filter((row) => !ran.has(row.benchmark))
    .map((row) => ({
      ...row,
      note: row.note?.includes('measured ')
        ? row.note
        : `${row.note ?? ''} (measured ${previous.date ?? '?'})`.trim(),
    }));
}

async function main(): Promise<void> {
  const files = readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: Row[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(root, 'bench', file)).href)) as {
      benchmark: Benchmark;
    };
    const { benchmark } = module;
    if (only !== undefined && !benchmark.name.includes(only)) continue;
    console.info(`bench: ${benchmark.name} …`);
    const started = performance.now();
    const figures = await benchmark.run();
    console.info(`bench: ${benchmark.name} done in ${Math.round(performance.now() - started)} ms`);
    for (const figure of figures) {
      rows.push({ ...figure, benchmark: benchmark.name, withinTarget: withinTarget(figure) });
    }
  }
  const ran = new Set(rows.map((row) => row.benchmark));
  if (only !== undefined) rows.unshift(...earlierRows(ran));
  const result = {
    date: new Date().toISOString(),
    revision: revision(),
    node: process.version,
    cpus: cpus().length,
    figures: rows,
  };
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(result, null, 2) + '\n');
  const lines = [
    `# Benchmarks — ${result.date} — ${result.revision} — Node ${result.node}, ${result.cpus} cores`,
    '',
    '| benchmark | figure | value | unit | target | within | note |',
    '|---|---|---:|---|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.benchmark} | ${r.name} | ${formatValue(r.value)} | ${r.unit} | ${r.target ?? ''} | ${
          r.withinTarget === null ? '' : r.withinTarget ? 'yes' : 'NO'
        } | ${r.note ?? ''} |`,
    ),
  ];
  writeFileSync(join(root, 'bench', 'results.md'), lines.join('\n') + '\n');
  console.info(lines.join('\n'));
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

await main();
