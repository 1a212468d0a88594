#!/usr/bin/env bash
# Compatibility leg: proves the ranges the packages declare are true.
#   1. the client and mocks test suites (vitest) on Node 24 (engines: >=20;
#      CI's own Node is 20),
#   2. the mocks test suite against msw 3 (peer range ^2.15 || ^3; the
#      lockfile pins msw 2). msw 3 needs Node 22+, so this leg runs on Node 24.
# Node 24 and msw 3 come from the npm registry into a cache folder, so a
# second run installs nothing. The committed lockfile and the checkout are
# not touched: the msw 3 leg runs on a shadow copy of the mocks package.
#
# Usage: scripts/compat.sh [node24|msw3]...   (default: both legs)
# Env:   MONITE_COMPAT_CACHE  cache folder (default ~/.cache/monite-ts/compat)
#        MONITE_COMPAT_REFRESH=1  reinstall Node 24 and msw 3
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
CACHE="${MONITE_COMPAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/monite-ts/compat}"
NODE24="$CACHE/node_modules/node/bin/node"
MSW3="$CACHE/node_modules/msw"
LEGS=("$@")
[ ${#LEGS[@]} -eq 0 ] && LEGS=(node24 msw3)

log() { printf '\n[compat] %s\n' "$*"; }
die() { printf '[compat] error: %s\n' "$*" >&2; exit 2; }

# --- toolchain -------------------------------------------------------------
if [ "${MONITE_COMPAT_REFRESH:-0}" = 1 ] || [ ! -x "$NODE24" ] || [ ! -f "$MSW3/package.json" ]; then
  log "installing node@24 and msw@3 into $CACHE"
  mkdir -p "$CACHE"
  # A package.json of its own keeps npm from walking up into another project.
  [ -f "$CACHE/package.json" ] || echo '{"name":"monite-ts-compat","private":true}' > "$CACHE/package.json"
  npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error node@24 msw@3 || die "npm install node@24 msw@3 failed"
fi
[ -x "$NODE24" ] || die "no Node 24 binary at $NODE24"
NODE24_VERSION="$("$NODE24" --version)"
case "$NODE24_VERSION" in v24.*) ;; *) die "expected Node 24, got $NODE24_VERSION" ;; esac
MSW3_VERSION="$("$NODE24" -p "require('$MSW3/package.json').version")"
case "$MSW3_VERSION" in 3.*) ;; *) die "expected msw 3, got $MSW3_VERSION" ;; esac

# Vitest's workers inherit process.execPath, so starting vitest with Node 24
# runs every test file on Node 24.
vitest_on_node24() { # <package dir> [vitest args...]
  local dir="$1"; shift
  [ -f "$dir/node_modules/vitest/vitest.mjs" ] || die "vitest is not installed in $dir (run pnpm install)"
  (cd "$dir" && "$NODE24" node_modules/vitest/vitest.mjs run "$@")
}

declare -A RESULT SECONDS_TAKEN
ORDER=()
run_leg() { # <name> <command...>
  local name="$1"; shift
  log "$name: $*"
  local start=$SECONDS
  "$@"
  RESULT[$name]=$?
  ORDER+=("$name")
  SECONDS_TAKEN[$name]=$((SECONDS - start))
}

# --- leg 1: Node 24 --------------------------------------------------------
leg_node24() {
  run_leg "client tests on node $NODE24_VERSION" vitest_on_node24 "$ROOT/packages/client"
  run_leg "mocks tests on node $NODE24_VERSION" vitest_on_node24 "$ROOT/packages/mocks"
}

# --- leg 2: msw 3 ----------------------------------------------------------
# A shadow workspace: every top-level entry links to the checkout, except
# packages/mocks, which is a copy whose node_modules links to the same
# dependencies but with msw pointing at msw 3. Relative paths from the mocks
# package (../../spec/...) still land on the real files.
make_msw3_shadow() {
  SHADOW="$(mktemp -d "${TMPDIR:-/tmp}/monite-compat-msw3-XXXXXX")"
  local entry name
  for entry in "$ROOT"/* "$ROOT"/.changeset "$ROOT"/node_modules; do
    name="$(basename "$entry")"
    [ "$name" = packages ] && continue
    [ -e "$SHADOW/$name" ] || ln -s "$entry" "$SHADOW/$name"
  done
  mkdir -p "$SHADOW/packages"
  for entry in "$ROOT"/packages/*; do
    [ "$(basename "$entry")" = mocks ] || ln -s "$entry" "$SHADOW/packages/$(basename "$entry")"
  done
  local mocks="$SHADOW/packages/mocks"
  mkdir -p "$mocks/node_modules"
  for entry in "$ROOT"/packages/mocks/* "$ROOT"/packages/mocks/.[!.]*; do
    [ -e "$entry" ] || continue
    # dist comes along: tsup leaves peer dependencies (msw) external, so the
    # built CLI the tests start also resolves msw 3 from the shadow.
    case "$(basename "$entry")" in node_modules|.turbo) continue ;; esac
    cp -a "$entry" "$mocks/"
  done
  # Recreate node_modules as links to the real dependency folders, scoped
  # packages one level deeper; .bin scripts hard-code paths, so skip them.
  for entry in "$ROOT"/packages/mocks/node_modules/* "$ROOT"/packages/mocks/node_modules/@*/*; do
    [ -e "$entry" ] || continue
    name="${entry#"$ROOT"/packages/mocks/node_modules/}"
    case "$name" in .bin|@*/*) ;; @*) continue ;; esac
    [ "$name" = msw ] && continue
    mkdir -p "$(dirname "$mocks/node_modules/$name")"
    ln -s "$(readlink -f "$entry")" "$mocks/node_modules/$name"
  done
  ln -s "$MSW3" "$mocks/node_modules/msw"
  local resolved
  resolved="$(cd "$mocks" && "$NODE24" -p "require(require('node:fs').realpathSync('node_modules/msw') + '/package.json').version")"
  case "$resolved" in 3.*) log "shadow mocks package at $mocks resolves msw $resolved" ;; *) die "shadow resolves msw $resolved, not 3.x" ;; esac
}

leg_msw3() {
  make_msw3_shadow
  run_leg "mocks tests with msw $MSW3_VERSION on node $NODE24_VERSION" vitest_on_node24 "$SHADOW/packages/mocks"
  rm -rf "$SHADOW"
}

TOTAL_START=$SECONDS
for leg in "${LEGS[@]}"; do
  case "$leg" in
    node24) leg_node24 ;;
    msw3) leg_msw3 ;;
    *) die "unknown leg '$leg' (expected node24 or msw3)" ;;
  esac
done

log "summary ($((SECONDS - TOTAL_START))s; Node $NODE24_VERSION from $NODE24, msw $MSW3_VERSION from $MSW3)"
status=0
for name in "${ORDER[@]}"; do
  if [ "${RESULT[$name]}" = 0 ]; then mark=pass; else mark="FAIL (exit ${RESULT[$name]})"; status=1; fi
  printf '  %-50s %-16s %4ss\n' "$name" "$mark" "${SECONDS_TAKEN[$name]}"
done
exit $status
