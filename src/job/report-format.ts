import type { ReminderReport } from '../app/send-monthly-reminders';

/** Counts of a run's outcomes, over every site. */
export type ReportSummary = {
  readonly entities: number;
  readonly sent: number;
  readonly skipped: number;
  readonly failed: number;
  readonly faults: number;
};

export function summarise(reports: readonly ReminderReport[]): ReportSummary {
  const sum = (pick: (r: ReminderReport) => number): number =>
    reports.reduce((n, r) => n + pick(r), 0);
  return {
    entities: sum((r) => r.entities),
    sent: sum((r) => r.sent.length),
    skipped: sum((r) => r.skipped.length),
    failed: sum((r) => r.failed.length),
    faults: sum((r) => r.faults.length),
  };
}

/**
 * The run as lines for a terminal or the Functions log: a summary, then every card sent, every
 * card that needs a person, every fault, and the skip reasons counted.
 */
export function formatReports(reports: readonly ReminderReport[]): string[] {
  const summary = summarise(reports);
  const lines = [
    `Monthly reminders at ${reports[0]?.now ?? '?'}: ${summary.entities} entities, ${summary.sent} sent, ${summary.failed} need attention, ${summary.skipped} skipped, ${summary.faults} faults`,
  ];
  for (const report of reports) {
    for (const s of report.sent) {
      lines.push(
        `  sent    ${s.entityId} ${s.kind ?? ''} ${s.period ?? ''} activity ${s.activityId ?? '?'}${s.promptKey === null ? '' : ` prompt ${s.promptKey}`}`,
      );
    }
    for (const f of report.failed) {
      lines.push(
        `  ATTENTION ${f.entityId} ${f.kind ?? '(entity)'} ${f.period ?? ''}: ${f.reason}${f.detail === null ? '' : ` — ${f.detail}`}`,
      );
    }
    for (const fault of report.faults)
      lines.push(`  FAULT   ${fault.entityId ?? '(run)'}: ${fault.message}`);
    for (const rejected of report.rejectedPrompts) {
      lines.push(
        `  prompt row ${rejected.index + 1}${rejected.key === null ? '' : ` (${rejected.key})`} skipped: ${rejected.reasons.map((r) => r.code).join(', ')}`,
      );
    }
  }
  const reasons = new Map<string, number>();
  for (const report of reports)
    for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  if (reasons.size > 0) {
    lines.push(`  skipped: ${[...reasons].map(([reason, n]) => `${reason} ×${n}`).join(', ')}`);
  }
  return lines;
}
