/**
 * rds/backtrack-unsupported: an Aurora cluster with a backtrack window where
 * Aurora does not offer backtracking: an engine other than Aurora MySQL, a
 * cluster of a global database, or Aurora Serverless v1.
 */
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, numberValue, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { defaultsAmong, statedValue } from '../stated-value.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** Where each vocabulary names the settings the rule reads. */
const CLUSTERS = [
  {
    type: 'aws_rds_cluster',
    backtrack: 'backtrack_window',
    engine: 'engine',
    engineMode: 'engine_mode',
    globalCluster: 'global_cluster_identifier',
  },
  {
    type: 'AWS::RDS::DBCluster',
    backtrack: 'BacktrackWindow',
    engine: 'Engine',
    engineMode: 'EngineMode',
    globalCluster: 'GlobalClusterIdentifier',
  },
];

/** Engine names of Aurora MySQL (`aurora` is version 1, compatible with MySQL 5.6). */
const AURORA_MYSQL = new Set(['aurora-mysql', 'aurora']);

export default defineRule({
  meta: {
    id: 'rds/backtrack-unsupported',
    title: 'Aurora backtracking where Aurora does not offer it',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'An Aurora cluster with a backtrack window above 0 whose engine is not Aurora MySQL (Aurora PostgreSQL has no backtracking), that joins a global database, or that runs in the `serverless` engine mode (Aurora Serverless v1). High when an input default decides it or the cluster is conditional.',
    rationale:
      'CreateDBCluster refuses the setting ("Backtrack is not enabled for the aurora-postgresql engine", "Backtrack is not supported for global databases"), so the cluster and everything that waits for it is never created. Backtracking is an Aurora MySQL feature of provisioned clusters outside global databases (Aurora user guide, "Backtracking an Aurora DB cluster").',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const names of CLUSTERS)
      for (const cluster of resourcesOfType(program, names.type)) check(program, context, cluster, names);
  },
});

function check(program: Program, context: RuleContext, cluster: Resource, names: (typeof CLUSTERS)[number]): void {
  const windowValue = arg(cluster, names.backtrack);
  const window = statedValue(program, windowValue);
  if (!windowValue || !window || !((numberValue(window.value) ?? 0) > 0)) return;
  const engine = statedValue(program, arg(cluster, names.engine));
  const engineName = stringValue(engine?.value)?.toLowerCase();
  const mode = statedValue(program, arg(cluster, names.engineMode));
  const global = membership(arg(cluster, names.globalCluster));
  const why =
    engineName && !AURORA_MYSQL.has(engineName)
      ? {
          text: `Aurora offers backtracking only with Aurora MySQL, not ${engineName}`,
          error: `Backtrack is not enabled for the ${engineName} engine`,
          from: engine,
        }
      : global
        ? {
            text: `the cluster ${global === 'possible' ? 'may join' : 'joins'} a global database, which Aurora does not backtrack`,
            error: 'Backtrack is not supported for global databases',
            conditional: global === 'possible',
          }
        : stringValue(mode?.value)?.toLowerCase() === 'serverless'
          ? {
              text: 'Aurora Serverless v1 does not backtrack',
              error: 'Backtrack is not supported for serverless clusters',
              from: mode,
            }
          : undefined;
  if (!why) return;
  const defaults = defaultsAmong([window, why.from]);
  const written = writtenArgumentName(cluster, names.backtrack, windowValue);
  context.report({
    message: `${describeResource(cluster)} sets ${written}${defaults.note}, but ${why.text}: creating the cluster fails ("${why.error}"). Remove ${written}; point-in-time restore covers recovery.`,
    span: windowValue.span,
    resource: cluster,
    severity: defaults.fromDefaults || why.conditional || isConditional(program, cluster) ? 'high' : 'critical',
  });
}

/**
 * Whether a global cluster identifier makes the cluster a member of a global database: `certain` for a name or
 * reference, `possible` for a condition with a member branch (`var.primary ? global.id : null`, `Fn::If` with
 * `AWS::NoValue`).
 */
function membership(value: Value | undefined): 'certain' | 'possible' | undefined {
  if (!value || (value.kind === 'literal' && (value.value === null || value.value === ''))) return undefined;
  if (value.kind === 'call' && value.folded) return membership(value.folded);
  if (value.kind === 'reference' && 'name' in value.target && value.target.name === 'AWS::NoValue') return undefined;
  if (value.kind === 'call' && (value.name === '?:' || value.name === 'Fn::If'))
    return value.args.slice(1).some((branch) => membership(branch)) ? 'possible' : undefined;
  return 'certain';
}
