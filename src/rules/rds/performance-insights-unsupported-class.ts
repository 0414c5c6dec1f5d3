/**
 * rds/performance-insights-unsupported-class: Performance Insights turned on
 * for a database instance whose engine does not offer it on the instance's
 * class (RDS for MySQL or MariaDB on a micro or small burstable class, Aurora
 * MySQL on db.t2 / db.t3 or a micro or small db.t4g) or at all (RDS for Db2).
 */
import { idiomOf } from '../../idiom/index.js';
import { cdkDatabaseEngine, cdkMembersWithin } from '../../model/cdk-query.js';
import { isConditional, referencedResource, resourcesOfType } from '../../model/query.js';
import type { Span } from '../../model/source.js';
import type { Program, Resource } from '../../model/types.js';
import { cdkInstanceFamily, cdkInstanceSize } from '../../schema/cdk-instance-types.js';
import { arg, boolValue, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { defaultsAmong, statedValue } from '../stated-value.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** The classes RDS for MySQL and MariaDB refuse Performance Insights on (the RDS user guide's table of restrictions). */
const SMALL_BURSTABLE = new Set([
  'db.t2.micro',
  'db.t2.small',
  'db.t3.micro',
  'db.t3.small',
  'db.t4g.micro',
  'db.t4g.small',
]);

interface EngineRestriction {
  /** The engine as messages name it. */
  name: string;
  unsupported(instanceClass: string): boolean;
  /** The smallest class of the same family that has it, when one does. */
  alternative(instanceClass: string): string | undefined;
}

const sameFamilyMedium = (instanceClass: string) => instanceClass.replace(/\.(micro|small)$/, '.medium');

const smallBurstable = (name: string): EngineRestriction => ({
  name,
  unsupported: (instanceClass) => SMALL_BURSTABLE.has(instanceClass),
  alternative: sameFamilyMedium,
});

const RESTRICTIONS: Record<string, EngineRestriction> = {
  mysql: smallBurstable('RDS for MySQL'),
  mariadb: smallBurstable('RDS for MariaDB'),
  'aurora-mysql': {
    name: 'Aurora MySQL',
    unsupported: (instanceClass) =>
      /^db\.t[23]\./.test(instanceClass) || instanceClass === 'db.t4g.micro' || instanceClass === 'db.t4g.small',
    alternative: (instanceClass) =>
      instanceClass.startsWith('db.t4g.') ? sameFamilyMedium(instanceClass) : 'db.t4g.medium',
  },
  // Database Insights is available for every RDS engine except Db2.
  'db2-se': { name: 'RDS for Db2', unsupported: () => true, alternative: () => undefined },
  'db2-ae': { name: 'RDS for Db2', unsupported: () => true, alternative: () => undefined },
};
// Aurora MySQL version 1 (MySQL 5.6) is named `aurora`.
RESTRICTIONS.aurora = RESTRICTIONS['aurora-mysql'];

/** Argument names of the instance's settings, by vocabulary. */
const TERRAFORM = { enabled: 'performance_insights_enabled', instanceClass: 'instance_class', engine: 'engine' };
const TEMPLATE = { enabled: 'EnablePerformanceInsights', instanceClass: 'DBInstanceClass', engine: 'Engine' };

export default defineRule({
  meta: {
    id: 'rds/performance-insights-unsupported-class',
    title: 'Performance Insights on an instance class that does not support it',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A database instance that turns on Performance Insights where its engine does not offer it: RDS for MySQL or MariaDB on db.t2, db.t3 or db.t4g micro and small, Aurora MySQL on any db.t2 or db.t3 class or db.t4g micro and small, and RDS for Db2 on any class. Critical when the engine, the class and the setting are written in the program; high when one of them comes from the default of an input, or when the instance is created only under a condition.',
    rationale:
      'CreateDBInstance refuses the combination ("InvalidParameterCombination: Performance Insights not supported for this configuration"): the instance, and everything that waits for it, is never created. The classes are those of the RDS and Aurora user guides\' instance class restrictions for Database Insights, which Performance Insights is part of.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const template =
      program.framework === 'cloudformation' || program.framework === 'cdk-ts' || program.framework === 'cdk-py';
    if (template)
      for (const db of resourcesOfType(program, 'AWS::RDS::DBInstance'))
        check(program, context, db, TEMPLATE, 'DBClusterIdentifier');
    else
      for (const type of ['aws_db_instance', 'aws_rds_cluster_instance'])
        for (const db of resourcesOfType(program, type)) check(program, context, db, TERRAFORM, 'cluster_identifier');
  },
});

function check(
  program: Program,
  context: RuleContext,
  db: Resource,
  names: typeof TERRAFORM,
  clusterArgument: string,
): void {
  const enabledValue = arg(db, names.enabled);
  const enabled = statedValue(program, enabledValue);
  if (!enabledValue || !enabled || boolValue(enabled.value) !== true) return;
  const instanceClass = statedValue(program, arg(db, names.instanceClass));
  // An Aurora instance may leave its engine to the cluster it joins.
  const cluster = referencedResource(program, arg(db, clusterArgument));
  const engine = statedValue(program, arg(db, names.engine) ?? (cluster && arg(cluster, names.engine)));
  let classText = stringValue(instanceClass?.value)?.toLowerCase();
  let classSpan = instanceClass?.value.span;
  let engineText = stringValue(engine?.value)?.toLowerCase();
  // An AWS CDK DatabaseInstance states both with the library's constants instead.
  if (!instanceClass && !engine && program.cdkReferences)
    ({ classText, classSpan, engineText } = constructSettings(program, db));
  if (!classText || !engineText || !Object.hasOwn(RESTRICTIONS, engineText)) return;
  const restriction = RESTRICTIONS[engineText];
  if (!restriction.unsupported(classText)) return;
  const defaults = defaultsAmong([enabled, instanceClass, engine]);
  const alternative = restriction.alternative(classText);
  const written = writtenArgumentName(db, names.enabled, enabledValue);
  context.report({
    message: `${describeResource(db)} turns on Performance Insights (${written}), which ${restriction.name} does not offer on ${classText}${defaults.note}: creating the instance fails with "Performance Insights not supported for this configuration". Turn Performance Insights off${alternative ? `, or use ${alternative} or a larger class` : ''}.`,
    span: enabledValue.span,
    resource: db,
    severity: defaults.fromDefaults || isConditional(program, db) ? 'high' : 'critical',
    related: classSpan ? [{ message: `the instance class, ${classText}`, span: classSpan }] : undefined,
    suggestion: suggestion(program, db, names.enabled),
  });
}

/**
 * The class and engine of an AWS CDK `rds.DatabaseInstance`, from the constants its props name:
 * `ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MICRO)` and
 * `rds.DatabaseInstanceEngine.mysql(...)` (or `MYSQL`, `mariaDb(...)`). Unknown when the props name
 * more than one of a kind, or none.
 */
function constructSettings(
  program: Program,
  db: Resource,
): { classText?: string; classSpan?: Span; engineText?: string } {
  const families = new Set<string>();
  const sizes: { size: string; span: Span }[] = [];
  for (const { module, className, member, span } of cdkMembersWithin(program, db.span)) {
    if (module === 'aws_ec2' && className === 'InstanceClass') families.add(cdkInstanceFamily(member) ?? '?');
    else if (module === 'aws_ec2' && className === 'InstanceSize')
      sizes.push({ size: cdkInstanceSize(member) ?? '?', span });
  }
  const engineText = cdkDatabaseEngine(program, db);
  const [family] = families;
  if (families.size !== 1 || sizes.length !== 1 || family === '?' || sizes[0].size === '?') return { engineText };
  return { classText: `db.${family}.${sizes[0].size}`, classSpan: sizes[0].span, engineText };
}

function suggestion(program: Program, db: Resource, key: string): { before: string; after: string } | undefined {
  const idiom = idiomOf(db.framework, program);
  if (!idiom) return undefined;
  if (db.framework === 'cloudformation')
    return {
      before: idiom.mapEntry(key, { kind: 'literal', value: true }),
      after: idiom.mapEntry(key, { kind: 'literal', value: false }),
    };
  return {
    before: idiom.argument(key, { kind: 'literal', value: true }, db.type),
    after: idiom.argument(key, { kind: 'literal', value: false }, db.type),
  };
}
