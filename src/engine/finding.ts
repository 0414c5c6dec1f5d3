/**
 * A finding as reported: the stable shape of JSON output (docs/output.md).
 */
import type { Fix, Severity, Suggestion } from '../rules/rule.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource?: { type: string; name: string };
  fix?: Fix;
  suggestion?: Suggestion;
  related?: { message: string; file: string; line: number; column: number }[];
  /** The requirement of the request the finding violates: its file, line and index among the request's requirements. */
  requirement?: { file: string; line: number; index: number };
}

/** Stable order: file, line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
