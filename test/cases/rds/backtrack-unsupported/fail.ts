import * as aws from '@pulumi/aws';

export const reports = new aws.rds.Cluster('reports', {
  engine: 'aurora-postgresql',
  masterUsername: 'reports',
  manageMasterUserPassword: true,
  backtrackWindow: 3600,
});
