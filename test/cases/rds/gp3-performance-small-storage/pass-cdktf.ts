import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';

class DatabaseStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new DbInstance(this, 'orders', {
      engine: 'mysql',
      instanceClass: 'db.t3.medium',
      allocatedStorage: 20,
      storageType: 'gp3',
      username: 'orders',
      manageMasterUserPassword: true,
    });
  }
}

const app = new App();
new DatabaseStack(app, 'database');
app.synth();
