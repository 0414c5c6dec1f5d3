resource "aws_db_instance" "orders" {
  identifier_prefix = "orders-"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "orders_admin"
  # RDS generates the password and keeps it in Secrets Manager.
  manage_master_user_password = true
  skip_final_snapshot         = true
}
