/**
 * "Found at its evidence": a labelled item counts as found when a finding on
 * the AI answer covers a line of the answer where the item's evidence text
 * stands, or names the resource declared around that line. This is the
 * measure for items no catalog rule names (`static_other`) and for
 * requirement items, and a stricter one for catalog items.
 */
import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/engine/finding.js';
import { SourceFile } from '../../src/model/source.js';
import type { Program } from '../../src/model/types.js';
import { readMarkdownDocument } from '../../src/readers/markdown/read-document.js';
import type { LabelItem } from '../../test/acceptance/seeds.js';

/** The answer's text and models, read once per task. */
export interface AnswerModel {
  lines: string[];
  programs: Program[];
}

export function readAnswerModel(path: string): AnswerModel {
  const text = readFileSync(path, 'utf8');
  let programs: Program[] = [];
  try {
    programs = readMarkdownDocument(new SourceFile(path, text));
  } catch {
    // The scan reports reader failures; here an unread answer only loses the resource match.
  }
  return { lines: text.split('\n'), programs };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * 1-based lines of the answer holding the evidence (its first non-empty line,
 * whitespace-insensitive); empty when the evidence is absent or not in the answer.
 */
export function evidenceLines(answer: AnswerModel, evidence: string): number[] {
  const first = evidence
    .split('\n')
    .map(squeeze)
    .find((line) => line.length > 0);
  if (!first) return [];
  const lines: number[] = [];
  answer.lines.forEach((line, index) => {
    if (squeeze(line).includes(first)) lines.push(index + 1);
  });
  return lines;
}

/** `type name` of the resources whose declaration spans one of the lines. */
function resourcesAt(answer: AnswerModel, lines: number[]): Set<string> {
  const keys = new Set<string>();
  for (const program of answer.programs)
    for (const resource of [...program.resources, ...program.dataSources])
      if (lines.some((line) => resource.span.line <= line && line <= resource.span.endLine))
        keys.add(`${resource.type} ${resource.name}`);
  return keys;
}

export type EvidenceOutcome = 'found' | 'missed' | 'not located';

/** Whether some finding on the answer stands at the item's evidence or on its resource. */
export function foundAtEvidence(item: LabelItem, answer: AnswerModel, findings: Finding[]): EvidenceOutcome {
  const lines = evidenceLines(answer, item.evidence);
  if (!lines.length) return 'not located';
  const resources = resourcesAt(answer, lines);
  const hit = findings.some(
    (f) =>
      f.ruleId !== 'parse-error' &&
      (lines.some((line) => f.line <= line && line <= f.endLine) ||
        (f.resource !== undefined && resources.has(`${f.resource.type} ${f.resource.name}`))),
  );
  return hit ? 'found' : 'missed';
}
