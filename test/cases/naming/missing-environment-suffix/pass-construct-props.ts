import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Construct } from 'constructs';

interface IamModuleProps {
  /** The caller's name for the role, which carries its environment suffix (`ec2-role-${environmentSuffix}`). */
  name: string;
}

// A construct's names are built from what its caller passes: they may carry the suffix.
export class IamModule extends Construct {
  constructor(scope: Construct, id: string, props: IamModuleProps) {
    super(scope, id);
    const role = new IamRole(this, 'role', {
      name: props.name,
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }],
      }),
    });
    new IamInstanceProfile(this, 'profile', { name: `${props.name}-profile`, role: role.name });
  }
}
