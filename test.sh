#!/usr/bin/env bash
# Builds Workbench and runs every test project of Workbench.sln once: unit, component, integration
# and the end-to-end tests in a real Chromium (installed here with apt-get when it is missing).
# Output goes to the terminal and to test-output/test.log; per-assembly xUnit reports to
# test-output/results/. The last line is always "N passed, N failed, N skipped" when the tests ran.
# Exit status: non-zero if the build failed or any test failed.
#
# Environment:
#   WORKBENCH_CHROMIUM=/path/to/chromium    use another Chromium than /usr/bin/chromium
#   WORKBENCH_UPDATE_SCREENSHOTS=1          also refresh docs/screenshots/ from the end-to-end run
#   CONFIGURATION=Debug|Release             build configuration (default Release)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)
out="$root/test-output"
results="$out/results"
log="$out/test.log"
configuration=${CONFIGURATION:-Release}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p "$out"
# Fresh results and screenshots every run (test-output/perf/ from manual measurements is kept).
rm -rf "$results" "$out/screenshots" "$out/failures"
mkdir -p "$results"

# --- Chromium: the end-to-end tests need it and never skip without it ------------------------------
chromium=${WORKBENCH_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then
    if [[ -n "${WORKBENCH_CHROMIUM:-}" ]]; then
        echo "ERROR: WORKBENCH_CHROMIUM=$chromium is not an executable file." >&2
        exit 1
    fi
    echo "Chromium is not installed; installing the Debian package (apt-get install -y chromium)..."
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "ERROR: installing Chromium needs root (or sudo)." >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" apt-get install -y chromium; then
        echo "apt-get install failed; refreshing the package lists and retrying..."
        "${sudo[@]}" apt-get update
        "${sudo[@]}" apt-get install -y chromium
    fi
    if [[ ! -x "$chromium" ]]; then
        echo "ERROR: Chromium is still missing at $chromium after apt-get install; the end-to-end tests cannot run." >&2
        exit 1
    fi
fi
echo "Browser: $("$chromium" --version 2>/dev/null || echo "$chromium")"

# --- Build and test everything once ------------------------------------------------------------------
# Perf measurements are explicit and carry the Perf trait: they never run here (see tests/Workbench.EndToEnd/README.md).
set +e
dotnet test --solution Workbench.sln --configuration "$configuration" \
    --results-directory "$results" --report-xunit-xml \
    --filter-not-trait "Category=Perf" \
    --timeout 20m --no-ansi --progress off 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# --- Counts: sum the per-assembly xUnit reports, cross-checked with the platform's own summary ----------
passed=0 failed=0 skipped=0 reports=0
shopt -s nullglob
for report in "$results"/*.xml; do
    # The <assembly ...> element carries the totals of one test assembly.
    line=$(grep -o '<assembly [^>]*>' "$report" | head -n 1) || continue
    attr() { local v; v=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$line"); echo "${v:-0}"; }
    reports=$((reports + 1))
    passed=$((passed + $(attr passed)))
    failed=$((failed + $(attr failed) + $(attr errors)))
    skipped=$((skipped + $(attr skipped) + $(attr not-run)))
done

summary=$(awk '/Test run summary/ {found=1; t=f=s=k=""} found && /^ *total:/ {t=$2} found && /^ *failed:/ {f=$2} found && /^ *succeeded:/ {s=$2} found && /^ *skipped:/ {k=$2} END {if (t != "") print t, f, s, k}' "$log")
if [[ -n "$summary" ]]; then
    read -r s_total s_failed s_passed s_skipped <<<"$summary"
    if (( reports == 0 )) || (( s_total != passed + failed + skipped )) || (( s_failed > failed )); then
        if (( reports > 0 )); then
            echo "warning: the xUnit reports ($passed passed, $failed failed, $skipped skipped) disagree with the test platform's summary; using the summary." >&2
        fi
        passed=$s_passed failed=$s_failed skipped=$s_skipped
        reports=1
    fi
fi

if (( reports == 0 )); then
    echo "Build failed or no test ran (exit code $status); see $log"
    exit $(( status == 0 ? 1 : status ))
fi

if (( status != 0 && failed == 0 )); then
    echo "dotnet test exited with code $status (a build error, a crashed or timed-out test assembly); see $log"
fi
echo "$passed passed, $failed failed, $skipped skipped"
if (( status != 0 || failed > 0 )); then
    exit $(( status == 0 ? 1 : status ))
fi
