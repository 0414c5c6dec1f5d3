/**
 * backup/cold-storage-retention: an AWS Backup lifecycle that deletes
 * recovery points less than 90 days after it moves them to cold storage.
 */
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, field, items, numberValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { defaultsAmong, statedValue } from '../stated-value.js';

export default defineRule({
  meta: {
    id: 'backup/cold-storage-retention',
    title: 'Backup deleted less than 90 days after moving to cold storage',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A lifecycle of an AWS Backup plan rule, or of one of its copy actions, whose delete-after days are fewer than its move-to-cold-storage days plus 90. High when a count comes from an input default or the plan is conditional.',
    rationale:
      'Backups in cold storage stay there at least 90 days, and CreateBackupPlan refuses the plan: "InvalidParameterValueException: Error in some rules due to : Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart from MoveToColdStorageAfterDays". The plan (in a template, the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const plan of resourcesOfType(program, 'aws_backup_plan'))
      for (const rule of items(arg(plan, 'rule')))
        for (const lifecycle of [
          field(rule, 'lifecycle'),
          ...items(field(rule, 'copy_action')).map((c) => field(c, 'lifecycle')),
        ])
          checkLifecycle(program, context, plan, lifecycle, 'cold_storage_after', 'delete_after');
    for (const plan of resourcesOfType(program, 'AWS::Backup::BackupPlan'))
      for (const rule of items(arg(plan, 'BackupPlan.BackupPlanRule')))
        for (const lifecycle of [
          field(rule, 'Lifecycle'),
          ...items(field(rule, 'CopyActions')).map((c) => field(c, 'Lifecycle')),
        ])
          checkLifecycle(program, context, plan, lifecycle, 'MoveToColdStorageAfterDays', 'DeleteAfterDays');
  },
});

/** AWS Backup's minimum stay in cold storage, in days. */
const COLD_STORAGE_MINIMUM = 90;

function checkLifecycle(
  program: Program,
  context: RuleContext,
  plan: Resource,
  lifecycle: Value | undefined,
  coldKey: string,
  deleteKey: string,
): void {
  const cold = statedValue(program, field(lifecycle, coldKey));
  const remove = statedValue(program, field(lifecycle, deleteKey));
  const coldDays = numberValue(cold?.value);
  const deleteDays = numberValue(remove?.value);
  // -1 keeps recovery points indefinitely (in copy actions); 0 or none moves nothing to cold storage.
  if (coldDays === undefined || deleteDays === undefined || coldDays <= 0 || deleteDays < 0) return;
  if (deleteDays >= coldDays + COLD_STORAGE_MINIMUM) return;
  const written = (key: string): string =>
    (lifecycle?.kind === 'object' ? lifecycle.entries.find((e) => e.key === key)?.written : undefined) ?? key;
  const defaults = defaultsAmong([cold, remove]);
  context.report({
    message: `${describeResource(plan)} deletes recovery points after ${deleteDays} days (${written(deleteKey)}), ${deleteDays - coldDays} days after moving them to cold storage at ${coldDays} (${written(coldKey)})${defaults.note}: backups stay in cold storage at least 90 days, so AWS Backup refuses the plan ("Invalid lifecycle. DeleteAfterDays cannot be less than 90 days apart from MoveToColdStorageAfterDays"). Keep them at least ${coldDays + COLD_STORAGE_MINIMUM} days, or do not move them to cold storage.`,
    span: field(lifecycle, deleteKey)!.span,
    resource: plan,
    severity: defaults.fromDefaults || isConditional(program, plan) ? 'high' : 'critical',
    related: [{ message: `${written(coldKey)}: ${coldDays} days`, span: field(lifecycle, coldKey)!.span }],
  });
}
