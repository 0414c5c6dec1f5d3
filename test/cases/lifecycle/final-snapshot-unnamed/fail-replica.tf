resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
  backup_retention_period     = 7
}

# A read replica has no final snapshot: naming one does not help.
resource "aws_db_instance" "orders_replica" {
  identifier                = "orders-replica"
  replicate_source_db       = aws_db_instance.orders.identifier
  instance_class            = "db.t3.micro"
  final_snapshot_identifier = "orders-replica-final"
}
