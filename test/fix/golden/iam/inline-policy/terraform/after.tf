resource "aws_iam_role" "worker" {
  name = "worker-${var.environment_suffix}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

variable "environment_suffix" {
  type = string
}

# Lets the worker read its queue.
resource "aws_iam_policy" "worker_queue" {
  name        = "worker-queue-${var.environment_suffix}"
  description = "Managed policy for worker"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:ReceiveMessage"], Resource = "arn:aws:sqs:us-east-1:123456789012:jobs" }]
  })
}

resource "aws_iam_role_policy_attachment" "worker_queue" {
  role       = aws_iam_role.worker.id
  policy_arn = aws_iam_policy.worker_queue.arn
}
