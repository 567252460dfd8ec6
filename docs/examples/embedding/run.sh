#!/usr/bin/env bash
# Installs mssante-advisor into the local Maven repository, then builds and tests this throwaway
# application against the installed artifact (public API only). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mvn -B -q -f "$root/pom.xml" -DskipTests install
mvn -B -q -f "$here/pom.xml" verify
echo "embedding example: OK (fr.mssante:mssante-advisor from the local repository, public API only)"
