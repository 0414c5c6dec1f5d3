# The time is taken once and kept in state.
resource "time_static" "created" {}

resource "aws_db_instance" "orders" {
  identifier                = "orders"
  engine                    = "postgres"
  instance_class            = "db.t3.micro"
  allocated_storage         = 20
  username                  = "orders"
  password                  = var.db_password
  skip_final_snapshot       = false
  final_snapshot_identifier = "orders-final-${formatdate("YYYYMMDDhhmmss", time_static.created.rfc3339)}"
}

# A trigger that changes on purpose, and tags whose changes are ignored.
resource "terraform_data" "always" {
  triggers_replace = timestamp()
}

resource "aws_s3_bucket" "logs" {
  bucket = "orders-logs"
  tags = {
    CreatedAt = timestamp()
  }
  lifecycle {
    ignore_changes = [tags]
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}
