locals {
  services = {
    users         = { table = "users", path = "users" }
    orders        = { table = "orders", path = "orders" }
    notifications = { table = "notifications", path = "notifications" }
  }
}
