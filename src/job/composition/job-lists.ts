/** The role a per-list grant (`Lists.SelectedOperations.Selected`) gives the job's identity. */
export type JobListRole = 'read' | 'write';

/**
 * Every list the monthly job and the bot read or write, with the grant each needs: `write` where
 * they record something (settings: bot installation and snooze; the reminder log; dialogue
 * counts), `read` where a reminder reads (the entity dashboard, loaded in one `$batch` that fails
 * as a whole if one list refuses, and the dialogue prompts). The Function App's identity is
 * granted exactly these per list (infra/README.md, step 3), and `INTEGRITY_LIST_IDS` must give an
 * id for each of them. `infra/job-lists.emulator.test.ts` runs the job and the bot against the
 * emulator and fails if they touch a list missing here, or if a list here is never touched.
 */
export const JOB_LISTS = {
  IntegritySettings: 'write',
  IntegrityReminderLog: 'write',
  IntegrityDialogueCounts: 'write',
  IntegrityPlans: 'read',
  IntegrityObjectives: 'read',
  IntegrityActions: 'read',
  IntegrityArrangements: 'read',
  IntegrityMeasurements: 'read',
  IntegrityRatings: 'read',
  IntegrityDialoguePrompts: 'read',
} as const satisfies Readonly<Record<string, JobListRole>>;

export type JobListName = keyof typeof JOB_LISTS;

export const JOB_LIST_NAMES = Object.keys(JOB_LISTS) as readonly JobListName[];

export function isJobList(name: string): name is JobListName {
  return Object.hasOwn(JOB_LISTS, name);
}
