#!/usr/bin/env pwsh
# Build entry point for PowerShell, with the same targets as build.sh:
#   ./build.ps1 [build|test|bench|run] [extra args: for test, passed to dotnet test; for bench, suite names; for run, to `ao up`]
# Test services (PostgreSQL on loopback) are set up by scripts/test-services.sh where bash exists (Linux, macOS);
# elsewhere, point AO_TEST_POSTGRES at a PostgreSQL server you provide.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$target = if ($args.Count -gt 0) { [string]$args[0] } else { 'build' }
$rest = @($args | Select-Object -Skip 1)

function Invoke-Native([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Build {
    Invoke-Native 'dotnet' @('restore', 'ActorOrchestrator.sln', '--verbosity', 'quiet')
    Invoke-Native 'dotnet' @('build', 'ActorOrchestrator.sln', '-c', 'Release', '--no-restore', '--verbosity', 'quiet', '-clp:ErrorsOnly')
    Invoke-Native 'dotnet' @('publish', 'src/ActorOrchestrator.Host/ActorOrchestrator.Host.csproj', '-c', 'Release', '--no-restore',
        '--verbosity', 'quiet', '-o', 'artifacts/bin')
    Write-Host 'built: artifacts/bin/ao'
}

# Runs $Body with the test services up, exactly as build.sh does: the bash script installs and starts
# PostgreSQL and reports what it exported; the same script stops it afterwards.
function Invoke-WithTestServices([scriptblock]$Body) {
    if (-not (Get-Command 'bash' -ErrorAction SilentlyContinue)) {
        Write-Warning 'bash is not available: test services are not started; set AO_TEST_POSTGRES to a PostgreSQL server.'
        & $Body
        return
    }

    # No quotes inside the bash command: older PowerShell versions mangle them when passing arguments.
    $exports = @(bash -c 'set -e; source scripts/test-services.sh; ensure_test_prerequisites >&2; start_test_services >&2; echo $AO_TEST_POSTGRES; echo $AO_PG_PID; echo $AO_PG_DIR')
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    $env:AO_TEST_POSTGRES = $exports[0]
    $env:AO_PG_PID = $exports[1]
    $env:AO_PG_DIR = $exports[2]
    try {
        & $Body
    }
    finally {
        bash -c 'source scripts/test-services.sh; stop_test_services'
    }
}

# Runs every test project and ends with one totals line, like scripts/run-tests.sh: "N passed, N failed, N skipped".
function Invoke-Tests([string[]]$Arguments) {
    $log = New-TemporaryFile
    dotnet test ActorOrchestrator.sln -c Release --no-build --blame-hang-timeout 5m @Arguments 2>&1 | Tee-Object -FilePath $log.FullName
    $status = $LASTEXITCODE
    $text = Get-Content -Raw -Path $log.FullName
    Remove-Item $log.FullName
    $sum = {
        param([string]$Label)
        $total = 0
        foreach ($match in [regex]::Matches([string]$text, "${Label}: +([0-9]+)")) { $total += [int]$match.Groups[1].Value }
        $total
    }
    $passed = & $sum 'Passed'
    $failed = & $sum 'Failed'
    $skipped = & $sum 'Skipped'
    if ($status -ne 0 -and $failed -eq 0) {
        $failed = 1
        Write-Host "test run aborted (exit $status)"
    }
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -ne 0) { exit 1 }
}

switch ($target) {
    'build' { Invoke-Build }
    'test' {
        Invoke-WithTestServices {
            Invoke-Build
            Invoke-Tests $rest
        }
    }
    'bench' {
        Invoke-WithTestServices {
            Invoke-Native 'dotnet' (@('run', '--project', 'bench/ActorOrchestrator.Bench', '-c', 'Release', '--') + $rest)
        }
    }
    'run' {
        Invoke-Build
        & (Join-Path $PSScriptRoot 'artifacts/bin/ao') up @rest
        exit $LASTEXITCODE
    }
    default {
        Write-Error 'usage: ./build.ps1 [build|test|bench|run]' -ErrorAction Continue
        exit 2
    }
}
