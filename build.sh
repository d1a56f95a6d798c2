#!/usr/bin/env bash
# Build entry point: ./build.sh [build|test|bench|run] [extra args for run]
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build() {
  dotnet restore ActorOrchestrator.sln --verbosity quiet
  dotnet build ActorOrchestrator.sln -c Release --no-restore --verbosity quiet -clp:ErrorsOnly
  dotnet publish src/ActorOrchestrator.Host/ActorOrchestrator.Host.csproj -c Release --no-restore \
    --verbosity quiet -o artifacts/bin
  echo "built: artifacts/bin/ao"
}

target=${1:-build}
[ $# -gt 0 ] && shift
case "$target" in
  build) build ;;
  test)
    source scripts/test-services.sh
    ensure_test_prerequisites
    start_test_services
    trap stop_test_services EXIT
    build
    scripts/run-tests.sh "$@"
    ;;
  bench)
    source scripts/test-services.sh
    ensure_test_prerequisites
    start_test_services
    trap stop_test_services EXIT
    dotnet run --project bench/ActorOrchestrator.Bench -c Release -- "$@"
    ;;
  run)
    build
    exec "$root/artifacts/bin/ao" up "$@"
    ;;
  *) echo "usage: ./build.sh [build|test|bench|run]" >&2; exit 2 ;;
esac
