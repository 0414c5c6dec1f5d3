resource "aws_sqs_queue" "jobs" {
  for_each    = toset(["orders", "invoices"])
  name_prefix = "${each.key}-"
}

output "orders_queue_url" {
  value = aws_sqs_queue.jobs["order"].url # the key is "orders"
}
