// Prints "N passed, N failed" from vitest's JSON report (reports/vitest.json), the plain summary
// line CI reads. Exits non-zero when the report is missing or unreadable.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = Number(report.numPassedTests ?? 0);
const failed = Number(report.numFailedTests ?? 0) + Number(report.numRuntimeErrorTestSuites ?? 0);
console.log(`${passed} passed, ${failed} failed`);
