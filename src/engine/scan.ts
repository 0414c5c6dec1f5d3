/**
 * The pipeline: discover → read → model → rules → findings.
 */
import { statSync } from 'node:fs';
import { FileReadError, MAX_SOURCE_BYTES, megabytes, readBoundedFile } from '../util/read-file.js';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigResolver, isIncluded } from '../config/find.js';
import { ruleOptions } from '../config/load.js';
import { discover, type DiscoveredProgram } from '../discover/discover.js';
import { collectPolicyDocuments } from '../model/policy.js';
import { collectCdkPolicyStatements } from '../model/cdk-policy.js';
import { SourceFile, type Span } from '../model/source.js';
import { collectSuppressions, suppressionFor } from '../model/suppressions.js';
import { emptyProgram, type Program } from '../model/types.js';
import { READERS } from '../readers/index.js';
import { writesFixes } from '../idiom/index.js';
import { readMarkdownDocument } from '../readers/markdown/read-document.js';
import { RULES } from '../rules/index.js';
import { appliesTo, severityRank, type Report, type Rule, type RuleOptionValue, type Severity } from '../rules/rule.js';
import { compareFindings, type Finding } from './finding.js';
import { displayPath } from '../util/paths.js';
import { detachStrings } from '../util/detached.js';
import { RecentResults } from '../util/recent-results.js';
import { defaultRequestFor, requirementsOf, RequirementsError } from '../requirements/load.js';
import { requirementsAsking } from '../requirements/topics.js';
import type { Requirement, RequirementSet } from '../requirements/types.js';
import { printTimings, timer, timingsEnabled, type Timings } from './timings.js';

/** Files above this size are reported and skipped rather than parsed. */
export const MAX_FILE_BYTES = MAX_SOURCE_BYTES;

export const PARSE_ERROR_RULE = 'parse-error';
/** The notice for an answer whose code is in a language no reader reads (Java, Go, C#…). */
export const UNSUPPORTED_LANGUAGE_RULE = 'preflight/unsupported-language';

export interface ScanOptions {
  /** One configuration for every program (`--config`, tests); without it, each program uses the nearest `.preflight.yaml`. */
  config?: Config;
  /** Only these rule ids, when given. */
  ruleIds?: string[];
  /** Directory finding paths are reported relative to. */
  cwd?: string;
  markdownInDirectories?: boolean;
  /** Texts to read instead of the files on disk (by path as discovered): fixes are checked before they are written. */
  overlay?: ReadonlyMap<string, string>;
  /** The request every program is checked against (`--requirements`), instead of the configured or default one. */
  requirements?: string;
  /** Check no program against a request, not even the `PROMPT.md` beside a Markdown answer (`--no-requirements`). */
  noRequirements?: boolean;
  /** The day dates are judged against (YYYY-MM-DD, UTC; default today): tests pin it. */
  date?: string;
}

/** Today as the scan dates it (YYYY-MM-DD, UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One request and what became of its requirements: which were checked (by index); findings name those violated. */
export interface RequirementOutcome {
  set: RequirementSet;
  checked: number[];
}

export interface ScanResult {
  findings: Finding[];
  /** One-line errors for paths that could not be read. */
  errors: string[];
  filesScanned: number;
  bytesScanned: number;
  programs: number;
  /** Findings a `preflight-ignore` directive suppressed (0 when absent). */
  suppressed?: number;
  /**
   * Markdown documents found in a directory that hold code preflight reads but are a review of an answer (by
   * their title) or hold no whole program file (a README's snippet), so were not read; named on the command
   * line, one is read.
   */
  skippedDocuments?: number;
  /** Findings hidden because the `--baseline` file holds them. */
  hiddenByBaseline?: number;
  /** Files beyond the programs' own that readers asked for (imports, handler code), found or not: what `--cache` must check too. */
  filesRead?: string[];
  /** The configuration files that applied to the programs scanned (absent or empty when none did). */
  configFiles?: string[];
  /** The requests programs were checked against (absent when none). */
  requirements?: RequirementOutcome[];
  /** Time by stage and rule (`PREFLIGHT_TIMINGS`; absent otherwise). */
  timings?: Timings;
}

/**
 * A discovered program with the configuration that applies to it (files its
 * globs exclude removed) and the request it is checked against, by path: the
 * thread that scans the program extracts it.
 */
export type ConfiguredProgram = DiscoveredProgram & { config: Config; request?: string };

/** Rule ids a suppression may name. */
const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([
  ...RULES.map((rule) => rule.meta.id),
  PARSE_ERROR_RULE,
  UNSUPPORTED_LANGUAGE_RULE,
]);

/** The rules each rule yields its place to (`meta.yieldsTo`), for the rules that do. */
const YIELDS_TO: ReadonlyMap<string, readonly string[]> = new Map(
  RULES.flatMap((rule) => (rule.meta.yieldsTo ? [[rule.meta.id, rule.meta.yieldsTo] as const] : [])),
);

/** Outcome of loading one file: its source, or a finding/error explaining why not. */
type Loaded = { source: SourceFile } | { problem: string; fatal: boolean };

export function loadSource(path: string, overlay?: ReadonlyMap<string, string>): Loaded {
  const replaced = overlay?.get(path);
  if (replaced !== undefined) return { source: new SourceFile(path, replaced) };
  let buffer: Buffer;
  try {
    buffer = readBoundedFile(path, { maxBytes: MAX_FILE_BYTES });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'too-large') {
      const size = statSync(path).size;
      return { problem: `file is ${megabytes(size)}, above the 5 MB limit; not scanned`, fatal: false };
    }
    return { problem: (error as Error).message, fatal: true };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { problem: 'binary file; not scanned', fatal: false };
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { source: new SourceFile(path, text) };
}

function wholeFileSpan(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

export function emptyResult(errors: string[] = []): ScanResult {
  return { findings: [], errors: [...errors], filesScanned: 0, bytesScanned: 0, programs: 0, suppressed: 0 };
}

/** Scans files and directories: discovery, then every program in this thread. */
export function scan(paths: string[], options: ScanOptions): ScanResult {
  const discovery = discover(paths, { markdownInDirectories: options.markdownInDirectories });
  const programs = configurePrograms(discovery.programs, options);
  const result = emptyResult(discovery.errors);
  result.configFiles = configFilesOf(programs);
  scanPrograms(programs, options, result);
  if (result.timings) printTimings(result.timings);
  return finishResult(result);
}

/** The configuration files of the programs, each once, in order. */
export function configFilesOf(programs: ConfiguredProgram[]): string[] {
  return [...new Set(programs.flatMap((program) => (program.config.file ? [program.config.file] : [])))];
}

/**
 * Gives each program its configuration (`options.config`, else the nearest
 * `.preflight.yaml` above the program) and drops the files its include/exclude
 * globs leave out. Throws ConfigError for an invalid configuration file.
 */
export function configurePrograms(programs: DiscoveredProgram[], options: ScanOptions): ConfiguredProgram[] {
  const resolver = new ConfigResolver(options.config, options.cwd);
  const configured: ConfiguredProgram[] = [];
  const checked = new Set<string>();
  for (const program of programs) {
    const config = resolver.forDirectory(program.kind === 'markdown' ? dirname(program.root) : program.root);
    const files = program.files.filter((file) => isIncluded(config, file));
    if (!files.length) continue;
    const named = options.noRequirements ? undefined : (options.requirements ?? config.requirements);
    // A request the user named that cannot be read stops the run here, before any thread starts.
    if (named !== undefined && !checked.has(named)) {
      requirementsOf(named, options.cwd);
      checked.add(named);
    }
    const request =
      named ?? (!options.noRequirements && program.kind === 'markdown' ? defaultRequestFor(program.root) : undefined);
    configured.push(request !== undefined ? { ...program, files, config, request } : { ...program, files, config });
  }
  return configured;
}

/** The request a program is checked against; one beside an answer that cannot be read is an error of the scan. */
function requestOf(program: ConfiguredProgram, options: ScanOptions, result: ScanResult): RequirementSet | undefined {
  if (program.request === undefined) return undefined;
  (result.filesRead ??= []).push(resolve(program.request));
  try {
    return requirementsOf(program.request, options.cwd);
  } catch (error) {
    if (!(error instanceof RequirementsError)) throw error;
    result.errors.push(error.message);
    return undefined;
  }
}

/** Reads and checks configured programs, adding to `result`. */
export function scanPrograms(programs: ConfiguredProgram[], options: ScanOptions, result: ScanResult): void {
  const cwd = options.cwd ?? process.cwd();
  const rulesByConfig = new Map<Config, SelectedRule[]>();
  // Findings come by the thousand from few files, and path.relative resolves both paths each time.
  const displayed = new Map<string, string>();
  const display = (file: string) => {
    let shown = displayed.get(file);
    if (shown === undefined) displayed.set(file, (shown = displayPath(file, cwd)));
    return shown;
  };
  const date = options.date ?? today();
  if (timingsEnabled) result.timings ??= {};
  for (const discovered of programs) {
    let read: Program[];
    const reading = timer(result.timings, `read ${discovered.kind}`);
    try {
      read = readDiscovered(discovered, result, options.overlay);
    } catch (error) {
      // A reader bug must not stop the scan: the program is reported as not read.
      result.errors.push(`internal error reading ${discovered.root}: ${(error as Error).message}`);
      continue;
    } finally {
      reading();
    }
    const { config } = discovered;
    let rules = rulesByConfig.get(config);
    if (!rules) rulesByConfig.set(config, (rules = rulesOf(config, options.ruleIds)));
    const request = requestOf(discovered, options, result);
    const outcome = request ? requirementOutcome(result, request) : undefined;
    const programTypes = new Set(read.flatMap((p) => [...p.resources, ...p.dataSources].map((r) => r.type)));
    for (const program of read) {
      result.programs++;
      for (const diagnostic of program.diagnostics) {
        const ruleId = diagnostic.unsupportedLanguage ? UNSUPPORTED_LANGUAGE_RULE : PARSE_ERROR_RULE;
        if (suppressionFor(program.suppressions, ruleId, diagnostic.span)) {
          result.suppressed = (result.suppressed ?? 0) + 1;
          continue;
        }
        // Code that does not parse is refused by its tool for certain; a file left unread, a block that mixes
        // prose with code (a draft in the answer's telling, not a file as written), or one that quotes part of a
        // file, is a notice.
        const severity =
          diagnostic.unsupportedLanguage || diagnostic.notRead || diagnostic.amidProse || diagnostic.excerpt
            ? 'low'
            : 'critical';
        result.findings.push(
          detachStrings(spanFinding(ruleId, severity, diagnostic.message, diagnostic.span, display)),
        );
      }
      const first = result.findings.length;
      runRules(
        program,
        rules,
        config,
        (finding) => {
          finding.file = display(finding.file);
          for (const related of finding.related ?? []) related.file = display(related.file);
          // A finding's strings are often cut from a source: copies let the source go once the program is done.
          result.findings.push(detachStrings(finding));
        },
        result,
        date,
        outcome,
        programTypes,
        read,
      );
      dropYieldedFindings(result.findings, first);
    }
  }
}

/**
 * Drops, from `findings[from..]` (one program's), each finding of a rule that yields to another
 * (`meta.yieldsTo`) where that rule reported the same resource on the same line at a severity no lower.
 */
function dropYieldedFindings(findings: Finding[], from: number): void {
  if (findings.length - from < 2) return;
  const place = (f: Finding) => `${f.file}\0${f.line}\0${f.resource?.type}\0${f.resource?.name}`;
  const atPlace = new Map<string, Finding[]>();
  for (let i = from; i < findings.length; i++) {
    const key = place(findings[i]);
    const list = atPlace.get(key);
    if (list) list.push(findings[i]);
    else atPlace.set(key, [findings[i]]);
  }
  let kept = from;
  for (let i = from; i < findings.length; i++) {
    const finding = findings[i];
    const yieldsTo = finding.resource ? YIELDS_TO.get(finding.ruleId) : undefined;
    const said = yieldsTo
      ? atPlace
          .get(place(finding))
          ?.some((o) => yieldsTo.includes(o.ruleId) && severityRank(o.severity) >= severityRank(finding.severity))
      : false;
    if (!said) findings[kept++] = finding;
  }
  findings.length = kept;
}

/**
 * Each outcome list's outcomes by request file: a corpus scan checks a thousand requests, and
 * searching the list for every program showed in profiles.
 */
const outcomesByFile = new WeakMap<RequirementOutcome[], Map<string, RequirementOutcome>>();

/** The outcome of a request in this result, added on first use. */
function requirementOutcome(result: ScanResult, set: RequirementSet): RequirementOutcome {
  const outcomes = (result.requirements ??= []);
  let byFile = outcomesByFile.get(outcomes);
  if (!byFile) outcomesByFile.set(outcomes, (byFile = new Map(outcomes.map((o) => [o.set.file, o]))));
  let outcome = byFile.get(set.file);
  if (!outcome) {
    outcomes.push((outcome = { set, checked: [] }));
    byFile.set(set.file, outcome);
  }
  return outcome;
}

/** Adds the outcomes of a partial result (another thread's) to `result`. */
export function mergeRequirementOutcomes(result: ScanResult, partial: ScanResult): void {
  for (const other of partial.requirements ?? []) {
    const outcome = requirementOutcome(result, other.set);
    for (const index of other.checked) if (!outcome.checked.includes(index)) outcome.checked.push(index);
  }
}

/** Stable order, without the duplicates two readings of one document can give. */
export function finishResult(result: ScanResult): ScanResult {
  result.findings = dedupe(result.findings).sort(compareFindings);
  return result;
}

/**
 * The selected rules of the configurations met last, by their content: a scan comes here once per
 * batch of programs, and a worker thread receives its configuration anew (a copy) with every batch.
 */
const rulesByContent = new RecentResults<string, SelectedRule[]>(16);

function rulesOf(config: Config, ruleIds: string[] | undefined): SelectedRule[] {
  return rulesByContent.of(JSON.stringify([config, ruleIds ?? null]), () => selectRules(config, ruleIds));
}

/**
 * The rules a configuration runs: not `off`, among `--rules` when given; a
 * rule of a profile only when the configuration selects that profile, names
 * the rule with a severity, or `--rules` asks for it.
 */
function selectRules(config: Config, ruleIds: string[] | undefined): SelectedRule[] {
  const selected = RULES.filter((rule) => {
    const { id, profiles } = rule.meta;
    if (ruleIds && !ruleIds.includes(id)) return false;
    const severity = config.rules[id]?.severity;
    if (severity === 'off') return false;
    if (!profiles) return true;
    return (config.profile && profiles.includes(config.profile)) || severity !== undefined || ruleIds !== undefined;
  });
  // Rules that judge what the others reported (unused suppressions) go last; the sort is stable.
  return selected
    .sort((a, b) => Number(a.meta.afterOtherRules ?? false) - Number(b.meta.afterOtherRules ?? false))
    .map((rule) => ({
      rule,
      options: ruleOptions(rule, config),
      configuredOptions: new Set(Object.keys(config.rules[rule.meta.id]?.options ?? {})),
      override: config.rules[rule.meta.id]?.severity,
      timingKey: `rule ${rule.meta.id}`,
    }));
}

/** A rule as a configuration runs it: what the configuration says of it, worked out once rather than per program. */
interface SelectedRule {
  rule: Rule;
  options: Readonly<Record<string, RuleOptionValue>>;
  configuredOptions: ReadonlySet<string>;
  override?: Severity | 'off';
  timingKey: string;
}

/** Reads one discovered program into zero or more models (a Markdown document may hold several languages). */
function readDiscovered(
  discovered: ConfiguredProgram,
  result: ScanResult,
  overlay?: ReadonlyMap<string, string>,
): Program[] {
  const sources: SourceFile[] = [];
  const problems: Program['diagnostics'] = [];
  for (const file of discovered.files) {
    const loaded = loadSource(file, overlay);
    if ('problem' in loaded) {
      if (loaded.fatal) result.errors.push(loaded.problem);
      else problems.push({ message: loaded.problem, span: wholeFileSpan(file), notRead: true });
      continue;
    }
    result.filesScanned++;
    result.bytesScanned += loaded.source.text.length;
    sources.push(loaded.source);
  }
  const readFile = (path: string) => {
    const absolute = resolve(discovered.kind === 'markdown' ? resolve(discovered.root, '..') : discovered.root, path);
    (result.filesRead ??= []).push(absolute);
    const loaded = loadSource(absolute, overlay);
    return 'source' in loaded ? loaded.source : undefined;
  };
  let programs: Program[];
  if (discovered.kind === 'markdown') {
    // A document found in a directory beside the answer (a review, a README) is read only when it presents a program.
    programs = sources.length
      ? readMarkdownDocument(sources[0], {
          onlyPrograms: !discovered.named,
          onSkipped: () => (result.skippedDocuments = (result.skippedDocuments ?? 0) + 1),
        })
      : [];
  } else {
    programs = sources.length
      ? [READERS[discovered.kind]({ framework: discovered.kind, root: discovered.root, files: sources, readFile })]
      : [];
  }
  if (problems.length) {
    if (programs.length === 0) {
      programs.push(emptyProgram(discovered.kind === 'markdown' ? 'terraform' : discovered.kind, discovered.root));
    }
    programs[0].diagnostics.push(...problems);
  }
  for (const program of programs) {
    collectPolicyDocuments(program);
    collectCdkPolicyStatements(program);
    program.suppressions = collectSuppressions(program, KNOWN_RULE_IDS);
  }
  return programs;
}

function runRules(
  program: Program,
  rules: SelectedRule[],
  config: Config,
  emit: (finding: Finding) => void,
  result: ScanResult,
  date: string,
  outcome?: RequirementOutcome,
  programTypes?: ReadonlySet<string>,
  inputPrograms?: readonly Program[],
): void {
  const requirements = outcome?.set.requirements ?? [];
  const checked = (requirement: Requirement) => {
    const index = requirements.indexOf(requirement);
    if (outcome && index >= 0 && !outcome.checked.includes(index)) outcome.checked.push(index);
  };
  const writable = writesFixes(program.framework);
  for (const { rule, options, configuredOptions, override, timingKey } of rules) {
    if (!appliesTo(rule, program.framework)) continue;
    for (const suppression of program.suppressions)
      if (suppression.ruleIds.includes(rule.meta.id)) suppression.ran.add(rule.meta.id);
    // A rule the request asks for: its findings get the rule's required severity and cite the requirement.
    const asking = requirementsAsking(rule, requirements);
    if (asking.length && program.resources.length) asking.forEach(checked);
    // The rule's findings on this program, merged by root cause before they are emitted.
    const reported: { finding: Finding; origin?: string }[] = [];
    const checking = timer(result.timings, timingKey);
    try {
      rule.check(program, {
        date,
        options,
        configuredOptions,
        profile: config.profile,
        requirements,
        checked,
        programTypes,
        inputPrograms,
        report(report) {
          if (suppressionFor(program.suppressions, rule.meta.id, report.span, report.resource?.span)) {
            result.suppressed = (result.suppressed ?? 0) + 1;
            return;
          }
          // A case that fails only when asked for is dropped unless the request or the configuration asks.
          if (report.onlyWhenRequested && (!asking.length || report.asRequested) && !override) return;
          // A finding the rule itself rates below its default (a minor case) is not what the request forbids.
          const ruleSeverity = report.severity ?? rule.meta.severity;
          const minor = severityRank(ruleSeverity) < severityRank(rule.meta.severity);
          const cited = report.requirement ?? (minor || report.asRequested ? undefined : asking[0]);
          const required = cited && !report.requirement ? rule.meta.requirementDriven?.severity : undefined;
          const severity =
            override && override !== 'off'
              ? override
              : required && severityRank(required) > severityRank(ruleSeverity)
                ? required
                : ruleSeverity;
          const finding = spanFinding(rule.meta.id, severity, report.message, report.span, (f) => f);
          if (cited && outcome) {
            finding.requirement = {
              file: outcome.set.file,
              line: cited.source.line,
              index: requirements.indexOf(cited),
            };
            checked(cited);
          }
          if (report.resource) finding.resource = { type: report.resource.type, name: report.resource.name };
          // A framework preflight cannot write (no idiom: CDK, CDKTF) gets no fix or suggestion
          // rather than text in another framework's language.
          if (writable) {
            if (report.fix) finding.fix = report.fix;
            if (report.suggestion) finding.suggestion = report.suggestion;
          }
          if (report.related?.length)
            finding.related = report.related.map((r) => ({
              message: r.message,
              file: r.span.file,
              line: r.span.line,
              column: r.span.column,
            }));
          if (cited && outcome && !report.requirement) {
            // An existing rule escalated by the request: the requirement is where to look too.
            finding.related = [
              ...(finding.related ?? []),
              {
                message: `required by: ${cited.source.text}`,
                file: outcome.set.file,
                line: cited.source.line,
                column: 1,
              },
            ];
          }
          reported.push({ finding, origin: rootCause(program, report) });
        },
      });
    } catch (error) {
      // A rule bug must not stop the scan; it is reported like an unreadable input.
      result.errors.push(`internal error in rule ${rule.meta.id} on ${program.root}: ${(error as Error).message}`);
    }
    checking();
    mergeByPlace(mergeByRootCause(reported)).forEach(emit);
  }
}

/**
 * What a report is about, for merging: its resource and the value it comes from, that is the
 * policy document holding its span (one policy, one finding, whatever its statements), else
 * its message (the same resource reported the same way from several places, as a Markdown
 * answer repeating a file gives). None without a resource, or with a fix (each fix is applied
 * and checked on its own finding).
 */
function rootCause(program: Program, report: Report): string | undefined {
  if (!report.resource || report.fix) return undefined;
  const resource = `${report.resource.type}\0${report.resource.name}\0${report.span.file}`;
  const { span } = report;
  const document = program.policies.findIndex(
    (d) => d.span.file === span.file && d.span.start <= span.start && span.end <= d.span.end,
  );
  return document >= 0 ? `${resource}\0policy ${document}` : `${resource}\0${report.message}`;
}

/** How many of the other resources a merged finding names. */
const PLACE_NAMES_SHOWN = 3;

/**
 * One finding per place: a line that stands for several resources (a loop, a
 * parameter default several resources use) gives one report per resource,
 * the same but for the name. They become the first, naming the others: the
 * line is fixed once.
 */
export function mergeByPlace(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const name = finding.resource?.name;
    if (!name) {
      out.push(finding);
      continue;
    }
    const { file, line, column, endLine, endColumn, message, fix } = finding;
    const key = [file, line, column, endLine, endColumn, message.split(name).join('\0'), JSON.stringify(fix)].join(
      '\0',
    );
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      groups.set(key, [finding]);
      out.push(finding);
    }
  }
  for (const [first, ...others] of groups.values()) {
    if (others.length === 0) continue;
    const names = [
      ...new Set(others.filter((o) => o.resource?.name !== first.resource?.name).map((o) => `"${o.resource?.name}"`)),
    ];
    const named =
      names.length > PLACE_NAMES_SHOWN
        ? `${names.slice(0, PLACE_NAMES_SHOWN).join(', ')} and ${names.length - PLACE_NAMES_SHOWN} more`
        : names.join(', ');
    out[out.indexOf(first)] = {
      ...first,
      severity: highestSeverity(others, first.severity),
      message: names.length ? `${first.message} (The same for ${named}.)` : first.message,
    };
  }
  return out;
}

function highestSeverity(findings: Finding[], from: Severity): Severity {
  return findings.reduce((s, f) => (severityRank(f.severity) > severityRank(s) ? f.severity : s), from);
}

function uniqueRelated(related: NonNullable<Finding['related']>): NonNullable<Finding['related']> {
  const seen = new Set<string>();
  return related.filter((r) => {
    const key = `${r.file}\0${r.line}\0${r.column}\0${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One finding per root cause: findings of one rule with the same root cause become the first
 * of them (by position), the others its related locations.
 */
export function mergeByRootCause(reported: { finding: Finding; origin?: string }[]): Finding[] {
  // Most rules report nothing on most programs.
  if (reported.length < 2) return reported.map((r) => r.finding);
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const { finding, origin } of reported) {
    if (origin === undefined) {
      out.push(finding);
      continue;
    }
    const group = groups.get(origin);
    if (group) group.push(finding);
    else {
      groups.set(origin, [finding]);
      out.push(finding);
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const at = out.indexOf(group[0]);
    const [first, ...others] = [...group].sort(compareFindings);
    const sameMessage = others.every((o) => o.message === first.message);
    const places = others.map((o) => `line ${o.line}`).join(', ');
    out[at] = {
      ...first,
      severity: highestSeverity(others, first.severity),
      message: `${first.message} (${others.length === 1 ? 'also at' : `${others.length} more places:`} ${places})`,
      related: uniqueRelated([
        ...others.map((o) => ({
          message: sameMessage ? 'the same finding here' : o.message,
          file: o.file,
          line: o.line,
          column: o.column,
        })),
        ...(first.related ?? []),
        ...others.flatMap((o) => o.related ?? []),
      ]),
    };
  }
  return out;
}

function spanFinding(
  ruleId: string,
  severity: Severity,
  message: string,
  span: Span,
  display: (file: string) => string,
): Finding {
  return {
    ruleId,
    severity,
    message,
    file: display(span.file),
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
}

/** Two readings of one Markdown file can report the same thing twice: keep one. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
