resource "aws_sqs_queue" "failed_orders" {
  name_prefix = "failed-orders-"
}

resource "aws_sqs_queue" "orders" {
  name_prefix = "orders-"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.failed_orders.arn
    maxReceiveCount     = 5
  })
}
