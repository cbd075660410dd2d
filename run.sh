#!/usr/bin/env bash
# shopdesk set-up and entry points.
#   bash run.sh demo   install everything, then start Redis (if none answers), backend and front-end on the demo store
#   bash run.sh test   install everything, then run lint and the whole test suite
#   bash run.sh setup  install only
#   bash run.sh setup-train  also the voices that `shopdesk train-asr` speaks training data with
set -euo pipefail
cd "$(dirname "$0")"
VENV=${SHOPDESK_VENV:-.venv}
APT_PACKAGES=(redis-server chromium espeak-ng sox libsndfile1)
TRAIN_APT_PACKAGES=(flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts wamerican wordnet-base)

install_system() {
    local missing=()
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "[setup] apt-get install ${missing[*]}"
        local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

install_python() {
    if [ ! -x "$VENV/bin/python" ]; then
        echo "[setup] creating $VENV"
        python3.11 -m venv "$VENV" 2>/dev/null || python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q --upgrade pip
    fi
    # Quiet when nothing changed; pip re-checks the pins every time.
    "$VENV/bin/pip" install -q -e ".[test]"
}

setup() { install_system "${APT_PACKAGES[@]}"; install_python; }

case "${1:-}" in
    setup) setup ;;
    setup-train) setup; install_system "${TRAIN_APT_PACKAGES[@]}" ;;
    demo)
        setup
        shift
        exec "$VENV/bin/shopdesk" demo "$@" ;;
    test)
        setup
        shift
        "$VENV/bin/ruff" check app model speech retrieval tests
        exec "$VENV/bin/python" -m pytest -q "$@" ;;
    *)
        echo "usage: bash run.sh {demo|test|setup|setup-train} [args]" >&2
        exit 2 ;;
esac
