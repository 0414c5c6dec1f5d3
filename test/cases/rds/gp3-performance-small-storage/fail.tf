resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.medium"
  allocated_storage           = 100
  storage_type                = "gp3"
  iops                        = 3000
  storage_throughput          = 125
  username                    = "orders"
  manage_master_user_password = true
}
