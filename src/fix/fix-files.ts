/**
 * The fixing engine behind `preflight fix` and `scan --fix`. Per program
 * (Terraform module, Pulumi project, Markdown answer), in memory:
 *
 * 1. scan, take the fixes of the requested rules, merge the edits that do not
 *    overlap (the rest wait for the next pass);
 * 2. re-read and re-check the changed text: it must parse no worse, the fixed
 *    findings must be gone and no new finding may appear (compared by
 *    line-independent identity); a new finding that carries a fix of its own
 *    (the layout an inserted line needs) is fixed by the next pass;
 * 3. when a pass fails the check, its fixes are tried one at a time and the
 *    ones that fail alone are skipped with the reason;
 * 4. files that do not parse are left alone;
 * 5. repeat while a pass changes something, then compare the end result with
 *    the original program: a finding it did not have refuses the whole program.
 *
 * Only files under the given paths are edited. Writing is the caller's choice
 * (`writeChanges`): atomic, keeping the file's mode, BOM and line endings.
 */
import {
  chmodSync,
  lstatSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { discover } from '../discover/discover.js';
import { mapOnWorkers, workersFor } from '../engine/worker-pool.js';
import type { Finding } from '../engine/finding.js';
import { findingIdentity } from '../engine/fingerprint.js';
import {
  PARSE_ERROR_RULE,
  configurePrograms,
  emptyResult,
  finishResult,
  loadSource,
  scanPrograms,
  type ConfiguredProgram,
  type ScanOptions,
} from '../engine/scan.js';
import type { Fix } from '../rules/rule.js';
import { MAX_SOURCE_BYTES, readBoundedFile } from '../util/read-file.js';
import { applyEdits, lineEnding, mergeFixes, withLineEnding } from './apply.js';
import { unifiedPatch } from '../util/unified-diff.js';

/** Passes per program at most: enough for a fix, the layout it needs, and a deferred overlap or two. */
export const MAX_FIX_PASSES = 5;

export interface FixOptions {
  /** How programs are scanned; every enabled rule runs, so a fix cannot bring in another rule's finding. */
  scan: ScanOptions;
  /** Only the fixes of these rules, when given. */
  rules?: string[];
}

export interface AppliedFix {
  ruleId: string;
  description: string;
  /** The fixed finding's line-independent identity. */
  identity: string;
}

export interface FileChange {
  file: string;
  before: string;
  after: string;
  fixes: AppliedFix[];
}

export interface Refusal {
  file: string;
  reason: string;
}

export interface FixResult {
  changes: FileChange[];
  /** Fixes or files left out, with the reason. */
  refused: Refusal[];
  /** Paths that could not be read. */
  errors: string[];
}

/** Computes the fixes for every program under `paths`; nothing is written. */
export function planFixes(paths: string[], options: FixOptions): FixResult {
  const discovery = discover(paths, { markdownInDirectories: options.scan.markdownInDirectories });
  const programs = configurePrograms(discovery.programs, options.scan);
  const inside = insidePaths(paths);
  const planned = programs.map((program) => fixProgram(program, options, inside));
  return combine(programs, planned, options, inside, discovery.errors);
}

type Planned = { changes: FileChange[]; refused: Refusal[] };

/**
 * The programs' changes in order. A file two programs change (a module two
 * Pulumi projects import) is planned again for the later program, starting
 * from the earlier one's result, so one run leaves nothing for a second.
 */
function combine(
  programs: ConfiguredProgram[],
  planned: Planned[],
  options: FixOptions,
  inside: (file: string) => boolean,
  errors: string[],
): FixResult {
  const changes = new Map<string, FileChange>();
  const refused: Refusal[] = [];
  planned.forEach((result, index) => {
    let outcome = result;
    if (outcome.changes.some((c) => changes.has(c.file))) {
      const base = new Map([...changes].map(([file, change]) => [file, change.after]));
      outcome = fixProgram(programs[index], options, inside, base);
    }
    refused.push(...outcome.refused);
    for (const change of outcome.changes) {
      const earlier = changes.get(change.file);
      changes.set(
        change.file,
        earlier ? { ...change, before: earlier.before, fixes: [...earlier.fixes, ...change.fixes] } : change,
      );
    }
  });
  return { changes: [...changes.values()], refused, errors: [...errors] };
}

/** `planFixes` on several threads, one program at a time each; the same result in the same order. */
export async function planFixesInParallel(paths: string[], options: FixOptions, jobs: number): Promise<FixResult> {
  const discovery = discover(paths, { markdownInDirectories: options.scan.markdownInDirectories });
  const programs = configurePrograms(discovery.programs, options.scan);
  const inside = insidePaths(paths);
  const workers = workersFor(jobs, programs.length);
  const planned =
    workers < 2
      ? programs.map((program) => fixProgram(program, options, inside))
      : await mapOnWorkers<ConfiguredProgram, Planned>(
          new URL('./fix-worker.js', import.meta.url),
          { paths, options },
          programs,
          workers,
        );
  return combine(programs, planned, options, inside, discovery.errors);
}

/**
 * A predicate: is a file at or under one of the paths? Real paths are
 * compared, so a symbolic link under a given path that leads elsewhere
 * (`target/link -> ../outside`) is not inside it.
 */
export function insidePaths(paths: string[]): (file: string) => boolean {
  const roots = paths.map(realPath);
  const known = new Map<string, boolean>();
  return (file) => {
    let answer = known.get(file);
    if (answer === undefined) {
      const real = realPath(file);
      answer = roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
      known.set(file, answer);
    }
    return answer;
  };
}

/** The path with every link resolved, or the absolute path when it does not exist. */
function realPath(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}

interface Candidate {
  finding: Finding;
  fix: Fix;
  file: string;
  identity: string;
}

interface Original {
  text: string;
  ending: '\n' | '\r\n';
}

/** Rounds per program at most: a round is what one more `preflight fix` run would do. */
const MAX_ROUNDS = 3;

/**
 * Fixes one discovered program in memory and returns the changed files.
 * Rounds repeat from the fixed text until one changes nothing, so that a
 * second run has nothing left to do (a fix refused beside another may pass
 * once the other is in place).
 */
export function fixProgram(
  discovered: ConfiguredProgram,
  options: FixOptions,
  inside: (file: string) => boolean,
  base: ReadonlyMap<string, string> = new Map(),
): Planned {
  let result = fixProgramOnce(discovered, options, inside, base);
  for (let round = 1; round < MAX_ROUNDS && result.changes.length; round++) {
    const texts = new Map(base);
    for (const change of result.changes) texts.set(change.file, change.after);
    const next = fixProgramOnce(discovered, options, inside, texts);
    const changes = new Map(result.changes.map((c) => [c.file, c]));
    for (const change of next.changes) {
      const earlier = changes.get(change.file);
      changes.set(
        change.file,
        earlier ? { ...change, before: earlier.before, fixes: [...earlier.fixes, ...change.fixes] } : change,
      );
    }
    result = { changes: [...changes.values()], refused: next.refused };
    if (next.changes.length === 0) break;
  }
  return result;
}

function fixProgramOnce(
  discovered: ConfiguredProgram,
  options: FixOptions,
  inside: (file: string) => boolean,
  base: ReadonlyMap<string, string> = new Map(),
): Planned {
  const scanOptions: ScanOptions = { ...options.scan, ruleIds: undefined };
  // Texts other programs already changed are this program's starting point.
  const overlay = new Map<string, string>(base);
  const scanWith = (texts: ReadonlyMap<string, string>): Finding[] => {
    const result = emptyResult();
    scanPrograms([discovered], { ...scanOptions, overlay: texts }, result);
    return finishResult(result).findings;
  };
  const originals = new Map<string, Original>();
  const original = (file: string): Original | undefined => {
    if (!originals.has(file) && base.has(file)) {
      const text = base.get(file)!;
      originals.set(file, { text, ending: lineEnding(text) });
    } else if (!originals.has(file)) {
      const loaded = loadSource(file);
      if (!('source' in loaded)) return undefined;
      originals.set(file, { text: loaded.source.text, ending: lineEnding(loaded.source.text) });
    }
    return originals.get(file);
  };
  const refusals: (Refusal & { identity: string })[] = [];
  const skipped = new Set<string>();
  const revealed = new Set<string>();
  const applied = new Map<string, AppliedFix[]>();
  const first = scanWith(overlay);
  // A file that does not parse is not fixed: its edits could land in text the reader did not understand.
  const unparsed = new Set(first.filter((f) => f.ruleId === PARSE_ERROR_RULE).map((f) => f.file));
  let current = first;

  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    // A finding the fixes brought in and that carries a fix of its own (the layout of an inserted line) is part of
    // their work, whatever --rules says.
    const followUps = new Set(newFindings(first, current, revealed));
    const candidates = fixableFindings(current, inside).filter(
      (c) =>
        !skipped.has(attemptKey(c)) &&
        !unparsed.has(c.finding.file) &&
        (!options.rules || options.rules.includes(c.finding.ruleId) || followUps.has(c.finding)),
    );
    if (candidates.length === 0) break;
    const attempt = (chosen: Candidate[]) => {
      const texts = new Map(overlay);
      const taken: Candidate[] = [];
      for (const [file, group] of groupByFile(chosen)) {
        const base = original(file);
        if (!base) continue;
        const text = texts.get(file) ?? base.text;
        const merged = mergeFixes(group, text.length);
        if (merged.taken.length === 0) continue;
        texts.set(file, applyEdits(text, withLineEnding(merged.edits, base.ending)));
        taken.push(...merged.taken);
      }
      const after = taken.length ? scanWith(texts) : current;
      return { texts, taken, after, problem: taken.length ? judge(current, after, taken, revealed) : undefined };
    };
    let outcome = attempt(candidates);
    if (outcome.problem && outcome.taken.length > 1) {
      // One bad fix must not hold back the others: take them one at a time.
      let accepted: Candidate[] = [];
      let best: ReturnType<typeof attempt> | undefined;
      for (const candidate of outcome.taken) {
        const trial = attempt([...accepted, candidate]);
        if (trial.problem || !trial.taken.includes(candidate)) {
          if (trial.problem) refuse(candidate, trial.problem);
          continue;
        }
        accepted = trial.taken;
        best = trial;
      }
      if (!best) break;
      outcome = best;
    } else if (outcome.problem) {
      for (const candidate of outcome.taken) refuse(candidate, outcome.problem);
      continue;
    }
    if (outcome.taken.length === 0) break;
    for (const [file, text] of outcome.texts) overlay.set(file, text);
    for (const name of renamedResources(outcome.taken)) revealed.add(name);
    for (const { file, finding, fix } of outcome.taken)
      applied.set(file, [
        ...(applied.get(file) ?? []),
        { ruleId: finding.ruleId, description: fix.description, identity: findingIdentity(finding) },
      ]);
    current = outcome.after;
  }

  const fixedIdentities = new Set([...applied.values()].flat().map((a) => a.identity));
  // A fix refused in one pass and applied in a later one (after the fix it clashed with) was not refused.
  const refused = refusals
    .filter((r) => !fixedIdentities.has(r.identity))
    .map(({ file, reason }) => ({ file, reason }));
  const changed = [...overlay].filter(([file, text]) => originals.has(file) && originals.get(file)!.text !== text);
  if (changed.length === 0) return { changes: [], refused };
  const added = newFindings(first, current, revealed, fixedIdentities);
  if (added.length) {
    const reason = `the fixes would add a finding: ${added[0].ruleId}: ${added[0].message}`;
    return { changes: [], refused: [...refused, ...changed.map(([file]) => ({ file, reason }))] };
  }
  return {
    changes: changed.map(([file, text]) => ({
      file,
      before: originals.get(file)!.text,
      after: text,
      fixes: applied.get(file) ?? [],
    })),
    refused,
  };

  function refuse(candidate: Candidate, reason: string): void {
    skipped.add(attemptKey(candidate));
    refusals.push({
      identity: candidate.identity,
      file: candidate.file,
      reason: `${candidate.finding.ruleId} (${candidate.fix.description}): ${reason}`,
    });
  }
}

/** A refused fix is not tried again, unless another fix changed what it would write (e.g. a renamed address). */
function attemptKey(candidate: Candidate): string {
  return `${candidate.identity}\u0000${candidate.fix.edits.map((e) => e.text).join('\u0000')}`;
}

/** Findings whose fix can run: every edit in one file under the given paths. */
function fixableFindings(findings: Finding[], inside: (file: string) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix?.edits.length) continue;
    const file = fix.edits[0].file;
    if (fix.edits.some((e) => e.file !== file) || !inside(file) || !isRegularFile(file)) continue;
    candidates.push({ finding, fix, file, identity: findingIdentity(finding) });
  }
  return candidates;
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function groupByFile(candidates: Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) groups.set(candidate.file, [...(groups.get(candidate.file) ?? []), candidate]);
  return groups;
}

/**
 * A resource whose unknown type was renamed to a real one is checked by rules
 * that did not know it before: their findings are revealed by the fix, not
 * added by it.
 */
function renamedResources(taken: Pick<Candidate, 'finding'>[]): string[] {
  return taken
    .filter((c) => c.finding.ruleId === RENAME_RULE && c.finding.resource)
    .map((c) => `${c.finding.file}\u0000${c.finding.resource!.name}`);
}

const RENAME_RULE = 'terraform/unknown-resource-type';

/** Why a pass's result is not acceptable, or undefined when it is. */
export function judge(
  before: Finding[],
  after: Finding[],
  taken: Pick<Candidate, 'finding' | 'identity'>[],
  revealed: ReadonlySet<string> = new Set(),
): string | undefined {
  const files = new Set(taken.map((c) => c.finding.file));
  for (const file of files) {
    const errorsBefore = before.filter((f) => f.ruleId === PARSE_ERROR_RULE && f.file === file).length;
    const errorsAfter = after.filter((f) => f.ruleId === PARSE_ERROR_RULE && f.file === file);
    if (errorsAfter.length > errorsBefore) return `the fixed file would not parse (${errorsAfter[0].message})`;
  }
  const countBefore = identityCounts(before);
  const countAfter = identityCounts(after);
  const removed = new Map<string, number>();
  for (const { identity } of taken) removed.set(identity, (removed.get(identity) ?? 0) + 1);
  for (const [identity, count] of removed)
    if ((countAfter.get(identity) ?? 0) > (countBefore.get(identity) ?? 0) - count)
      return 'the finding is still there after the fix';
  const renamed = new Set([...revealed, ...renamedResources(taken)]);
  // A new finding with a fix of its own (e.g. the layout of an inserted line) is the next pass's work.
  const fixed = new Set(taken.map((c) => c.identity));
  const added = newFindings(before, after, renamed, fixed).filter((f) => !f.fix?.edits.length);
  if (added.length) return `the fix would add a finding: ${added[0].ruleId}: ${added[0].message}`;
  return undefined;
}

/**
 * Findings of `after` beyond those of `before`, by identity and count (parse
 * errors by count), leaving out those about renamed resources. A finding
 * whose message changed (it lists the names of what it concerns, and a fix
 * added one) is the same finding when a finding of the same rule, file and
 * resource disappeared; findings in `fixed` are not there to be matched.
 */
function newFindings(
  before: Finding[],
  after: Finding[],
  revealed: ReadonlySet<string>,
  fixed: ReadonlySet<string> = new Set(),
): Finding[] {
  const remaining = identityCounts(before.filter((f) => !fixed.has(findingIdentity(f))));
  const parseErrors = before.filter((f) => f.ruleId === PARSE_ERROR_RULE).length;
  const added: Finding[] = [];
  const afterErrors = after.filter((f) => f.ruleId === PARSE_ERROR_RULE);
  if (afterErrors.length > parseErrors) added.push(afterErrors[0]);
  const unmatched: Finding[] = [];
  for (const finding of after) {
    if (finding.ruleId === PARSE_ERROR_RULE) continue;
    const identity = findingIdentity(finding);
    const left = remaining.get(identity) ?? 0;
    if (left > 0) remaining.set(identity, left - 1);
    else if (!(finding.resource && revealed.has(`${finding.file}\u0000${finding.resource.name}`)))
      unmatched.push(finding);
  }
  const gone = new Map<string, number>();
  for (const finding of before) {
    const identity = findingIdentity(finding);
    if ((remaining.get(identity) ?? 0) === 0) continue;
    remaining.set(identity, remaining.get(identity)! - 1);
    gone.set(subjectOf(finding), (gone.get(subjectOf(finding)) ?? 0) + 1);
  }
  for (const finding of unmatched) {
    const left = gone.get(subjectOf(finding)) ?? 0;
    if (left > 0) gone.set(subjectOf(finding), left - 1);
    else added.push(finding);
  }
  return added;
}

/** What a finding is about, without its wording: rule, file, resource name (a fix may change the type). */
function subjectOf(finding: Finding): string {
  const resource = finding.resource?.name ?? '';
  return [finding.ruleId, finding.file, resource].join('\u0000');
}

function identityCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const identity = findingIdentity(finding);
    counts.set(identity, (counts.get(identity) ?? 0) + 1);
  }
  return counts;
}

/**
 * Writes the changes. Each file is re-read first (a file changed since it was
 * read is left alone, and so is one that is not valid UTF-8, whose other bytes
 * a rewrite would replace). A symbolic link stays a link: its target is
 * written, and only when the target is inside `paths` (the paths the user
 * gave). A file is written to a temporary file beside it with the same mode
 * and renamed over it, so a reader never sees half a file; a file with other
 * hard links is rewritten in place instead, so the links still share it.
 * Temporary files a killed run left beside a file are removed.
 */
export function writeChanges(
  changes: FileChange[],
  paths: string[] = changes.map((change) => change.file),
): { written: FileChange[]; refused: Refusal[] } {
  const inside = insidePaths(paths);
  const written: FileChange[] = [];
  const refused: Refusal[] = [];
  for (const change of changes) {
    const target = realPath(change.file);
    if (!inside(target)) {
      refused.push({ file: change.file, reason: `it is a link to ${target}, outside the given paths` });
      continue;
    }
    let bytes: Buffer;
    let stats: Stats;
    try {
      bytes = readBoundedFile(target, { maxBytes: MAX_SOURCE_BYTES });
      stats = statSync(target);
    } catch (error) {
      refused.push({ file: change.file, reason: `cannot read it again: ${(error as Error).message}` });
      continue;
    }
    let raw: string;
    try {
      raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      refused.push({ file: change.file, reason: 'it is not valid UTF-8 text; preflight rewrites only UTF-8 files' });
      continue;
    }
    const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    if (raw.slice(bom.length) !== change.before) {
      refused.push({ file: change.file, reason: 'it changed while the fixes were computed' });
      continue;
    }
    removeStaleTemporaries(target);
    const mode = stats.mode & 0o7777;
    if (stats.nlink > 1) {
      try {
        writeFileSync(target, bom + change.after);
        written.push(change);
      } catch (error) {
        refused.push({ file: change.file, reason: `cannot write it: ${(error as NodeJS.ErrnoException).code}` });
      }
      continue;
    }
    const temporary = temporaryPath(target, process.pid);
    try {
      writeFileSync(temporary, bom + change.after, { mode });
      chmodSync(temporary, mode);
      renameSync(temporary, target);
      written.push(change);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was left behind.
      }
      refused.push({ file: change.file, reason: `cannot write it: ${(error as NodeJS.ErrnoException).code}` });
    }
  }
  return { written, refused };
}

/** `.main.tf.preflight-1234.tmp`: the temporary file process 1234 writes `main.tf` through. */
function temporaryPath(file: string, pid: number): string {
  return join(dirname(file), `.${basename(file)}.preflight-${pid}.tmp`);
}

/** Removes the temporary files of `file` left by runs that were killed (their process is gone). */
function removeStaleTemporaries(file: string): void {
  const prefix = `.${basename(file)}.preflight-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processExists(pid)) continue;
    try {
      if (lstatSync(join(dirname(file), name)).isFile()) unlinkSync(join(dirname(file), name));
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A unified diff of the changes, file by file. */
export function unifiedDiff(changes: FileChange[], display: (file: string) => string = (f) => f): string {
  return changes
    .map((change) => {
      const name = display(change.file);
      return unifiedPatch(`a/${name}`, `b/${name}`, change.before, change.after, 3).replace(/\n?$/, '\n');
    })
    .join('');
}
