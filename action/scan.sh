#!/usr/bin/env bash
# The scan step of the GitHub Action (action.yml): writes the SARIF report,
# annotates the findings, and records preflight's exit code as an output so the
# report is uploaded before the job fails. Inputs come from the environment
# (never spliced into the script). A usage or internal error (2) fails here.
set -uo pipefail
read -r -a paths <<<"${INPUT_PATHS:-.}"
read -r -a extra <<<"${INPUT_ARGS:-}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
sarif="${INPUT_SARIF_FILE:-preflight.sarif}"
fail_on="${INPUT_FAIL_ON:-high}"

status=0
node "$PREFLIGHT_CLI" scan "${paths[@]}" --format sarif --output "$sarif" --fail-on "$fail_on" ${extra[@]+"${extra[@]}"} ||
  status=$?
if [ "$status" -ge 2 ]; then
  echo "::error title=preflight::preflight stopped with exit code $status"
  exit "$status"
fi
if [ "${INPUT_ANNOTATIONS:-true}" = true ]; then
  node "$PREFLIGHT_CLI" scan "${paths[@]}" --format github --fail-on none ${extra[@]+"${extra[@]}"} || exit $?
fi
{
  echo "sarif-file=$sarif"
  echo "exit-code=$status"
} >>"$GITHUB_OUTPUT"
