import * as cdk from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

export class SchedulesStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bus = new events.EventBus(this, 'Bookings');
    new events.Rule(this, 'Reminders', {
      schedule: events.Schedule.rate(cdk.Duration.minutes(15)),
    });
  }
}
