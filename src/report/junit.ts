/**
 * JUnit XML (`--format junit`), for CI systems that show test reports: a test
 * suite per file with findings, a failing test case per finding; paths that
 * could not be read are errors of a `preflight` suite. A clean scan is one
 * passing test case, so the report is never empty.
 */
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';

/** XML 1.0 forbids most control characters even as references: they are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function testCase(finding: Finding): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const name = `${finding.ruleId} at ${finding.line}:${finding.column}`;
  const body = `${where} ${finding.severity} ${finding.ruleId}\n${finding.message}`;
  return (
    `    <testcase classname="${escapeXml(finding.file)}" name="${escapeXml(name)}">\n` +
    `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(body)}</failure>\n` +
    `    </testcase>\n`
  );
}

export function formatJunit(result: ScanResult): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    let list = byFile.get(finding.file);
    if (!list) byFile.set(finding.file, (list = []));
    list.push(finding);
  }
  const suites: string[] = [];
  for (const [file, findings] of byFile)
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${findings.length}" errors="0">\n` +
        findings.map(testCase).join('') +
        `  </testsuite>\n`,
    );
  const clean = result.findings.length === 0 && result.errors.length === 0;
  if (result.errors.length || clean) {
    const cases = result.errors.map(
      (error) =>
        `    <testcase classname="preflight" name="${escapeXml(error)}">\n` +
        `      <error message="${escapeXml(error)}"/>\n    </testcase>\n`,
    );
    if (clean) cases.push(`    <testcase classname="preflight" name="scan: no findings"/>\n`);
    suites.push(
      `  <testsuite name="preflight" tests="${cases.length}" failures="0" errors="${result.errors.length}">\n` +
        cases.join('') +
        `  </testsuite>\n`,
    );
  }
  const tests = result.findings.length + result.errors.length + (clean ? 1 : 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="preflight" tests="${tests}" failures="${result.findings.length}" errors="${result.errors.length}">\n` +
    suites.join('') +
    `</testsuites>\n`
  );
}
