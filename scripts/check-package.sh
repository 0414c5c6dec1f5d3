#!/usr/bin/env bash
# Packs the npm tarball, installs it globally in a temporary prefix and scans
# copies of the examples from outside the repository with the installed
# `preflight`: a file missing from "files" or a runtime dependency missing from
# "dependencies" fails here, not on a user's machine. Run by .ci/run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$repo"
# `npm pack` builds first (the prepare script) and prints the file name last.
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "check-package: packed $tarball"

prefix="$work/prefix"
npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error "$work/$tarball"
installed="$prefix/bin/preflight"
[ -x "$installed" ] || { echo "check-package: the tarball installs no preflight command" >&2; exit 1; }

cp -R "$repo/examples" "$work/examples"
cd "$work"
# Only the installed package is on PATH: nothing resolves from the repository.
export PATH="$prefix/bin:$PATH"
version="$(preflight --version)"
[ "$version" = "$(node -p "require('$repo/package.json').version")" ] ||
  { echo "check-package: installed version $version differs from package.json" >&2; exit 1; }
preflight rules >/dev/null

status=0
preflight scan examples --format json --output "$work/installed.json" || status=$?
# The answers hold high findings: 1 is the expected exit code, 2 is an error.
[ "$status" -eq 1 ] || { echo "check-package: installed scan exited $status, expected 1" >&2; exit 1; }
status=0
node "$repo/dist/src/cli/main.js" scan examples --format json --output "$work/built.json" || status=$?
[ "$status" -eq 1 ] || { echo "check-package: scan from the build exited $status, expected 1" >&2; exit 1; }
node -e '
const [installed, built] = process.argv.slice(1).map((f) => JSON.parse(require("node:fs").readFileSync(f, "utf8")));
const strip = (report) => JSON.stringify(report.findings);
if (installed.findings.length === 0) { console.error("check-package: the installed scan found nothing"); process.exit(1); }
if (strip(installed) !== strip(built)) { console.error("check-package: the installed package finds other things than the build"); process.exit(1); }
console.log(`check-package: installed preflight found the same ${installed.findings.length} findings as the build`);
' "$work/installed.json" "$work/built.json"
