resource "aws_db_instance" "orders" {
  identifier                  = "orders-db"
  engine                      = "postgres"
  engine_version              = "15.0"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "orders"
  manage_master_user_password = true
}
