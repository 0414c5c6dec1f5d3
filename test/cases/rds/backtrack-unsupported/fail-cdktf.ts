import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';

class DatabaseStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new RdsCluster(this, 'reports', {
      engine: 'aurora-postgresql',
      masterUsername: 'reports',
      manageMasterUserPassword: true,
      backtrackWindow: 72,
    });
  }
}

const app = new App();
new DatabaseStack(app, 'database');
app.synth();
