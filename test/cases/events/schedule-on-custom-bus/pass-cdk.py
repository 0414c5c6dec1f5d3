from aws_cdk import Stack, aws_events as events
from constructs import Construct


class SchedulesStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        bus = events.CfnEventBus(self, "Bookings", name="bookings")
        events.CfnRule(
            self,
            "Reminders",
            schedule_expression="rate(15 minutes)",
        )
