resource "aws_db_instance" "orders" {
  identifier_prefix   = "orders-"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "orders_admin"
  password            = "ChangeMe123!" # committed, and stored in clear text in the state
  skip_final_snapshot = true
}
