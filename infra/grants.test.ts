import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JOB_LIST_NAMES, JOB_LISTS, type JobListRole } from '../src/job/composition/job-lists';

// The job's identity holds per-list grants only, and the dashboard it reads is one `$batch` that
// fails as a whole when one list refuses: a list missing from the grants breaks every reminder.
// JOB_LISTS is what the job uses (infra/job-lists.emulator.test.ts checks it against
// the job's real traffic); these tests hold the guides' grant tables and script to it, and both
// guides to one grant for the tab.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

const infraReadme = read('infra/README.md');
const mainReadme = read('README.md');

function expected(role: JobListRole): string[] {
  return JOB_LIST_NAMES.filter((name) => JOB_LISTS[name] === role).sort();
}

function listNames(text: string): string[] {
  return [...text.matchAll(/`(Integrity\w+)`/g)].map((m) => m[1] ?? '').sort();
}

/** The table row starting with `start`: the lists after "`write` on" and after "`read` on". */
function grantsInRow(readme: string, start: string): Record<JobListRole, string[]> {
  const row = readme.split('\n').find((line) => line.startsWith(start));
  if (row === undefined) throw new Error(`no table row starting with ${start}`);
  const write = row.indexOf('`write` on ');
  const readAt = row.indexOf('`read` on ', write);
  const cellEnd = row.indexOf(' | ', readAt);
  expect(write).toBeGreaterThan(-1);
  expect(readAt).toBeGreaterThan(write);
  return {
    write: listNames(row.slice(write, readAt)),
    read: listNames(row.slice(readAt, cellEnd === -1 ? undefined : cellEnd)),
  };
}

describe('the job identity’s list grants', () => {
  it('infra/README.md grant script grants every list the job uses, with its role', () => {
    const block = /\$jobLists = \[ordered\]@\{([\s\S]*?)\n\s*\}/.exec(infraReadme)?.[1];
    if (block === undefined) throw new Error('no $jobLists table in infra/README.md');
    const granted: Record<string, string> = Object.fromEntries(
      [...block.matchAll(/(Integrity\w+) = '(\w+)'/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    expect(granted).toEqual({ ...JOB_LISTS });
    // …and grants them by id, printing the INTEGRITY_LIST_IDS entries.
    expect(infraReadme).toContain('lists/$($list.id)/permissions');
    expect(infraReadme).toContain('"$($site.id)/$name=$($list.id)"');
  });

  it.each([
    ['infra/README.md', infraReadme, '| Function App managed identity'],
    ['README.md', mainReadme, "| the Function App's managed identity"],
  ])('%s permission table names every list the job uses, with its role', (_file, readme, row) => {
    expect(grantsInRow(readme, row)).toEqual({ write: expected('write'), read: expected('read') });
  });
});

describe('the tab’s site grant', () => {
  it('is fullcontrol in both guides (set-up and sealing need it)', () => {
    expect(/roles = @\('(\w+)'\); grantedToIdentities/.exec(infraReadme)?.[1]).toBe('fullcontrol');
    expect(/m365 spo site apppermission add [^`]*?--permission (\w+)/.exec(mainReadme)?.[1]).toBe(
      'fullcontrol',
    );
    const tabRow = infraReadme
      .split('\n')
      .find((line) => line.startsWith('| tab app registration'));
    expect(tabRow).toContain('`fullcontrol` on each entity');
    expect(tabRow).not.toMatch(/\| `write` on each/);
  });
});
