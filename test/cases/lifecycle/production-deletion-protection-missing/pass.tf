resource "aws_db_instance" "orders" {
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.r6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
  multi_az                    = true
  backup_retention_period     = 14
  deletion_protection         = true
}

# Log groups expire their data by retention; no deletion protection is asked of them.
resource "aws_cloudwatch_log_group" "orders" {
  retention_in_days = 90
}
