output "api_url" {
  description = "Base URL of the microservices API"
  value       = aws_api_gateway_stage.main.invoke_url
}

output "pipeline_name" {
  value = aws_codepipeline.main.name
}

output "github_connection_arn" {
  description = "Complete this connection's GitHub handshake once in the console"
  value       = aws_codestarconnections_connection.github.arn
}
