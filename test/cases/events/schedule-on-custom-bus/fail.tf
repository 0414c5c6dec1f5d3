resource "aws_cloudwatch_event_bus" "bookings" {
  name = "bookings"
}

resource "aws_cloudwatch_event_rule" "reminders" {
  name                = "booking-reminders"
  event_bus_name      = aws_cloudwatch_event_bus.bookings.name
  schedule_expression = "rate(15 minutes)"
}
