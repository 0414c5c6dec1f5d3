resource "aws_cloudwatch_event_bus" "bookings" {
  name = "bookings"
}

resource "aws_cloudwatch_event_rule" "reminders" {
  name                = "booking-reminders"
  schedule_expression = "rate(15 minutes)"
}

resource "aws_cloudwatch_event_rule" "created" {
  name           = "booking-created"
  event_bus_name = aws_cloudwatch_event_bus.bookings.name
  event_pattern  = jsonencode({ source = ["bookings"] })
}
