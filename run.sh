#!/usr/bin/env bash
# Set-up and everyday commands in one place. On a fresh machine:
#   ./run.sh chat    create .venv, install, build the index if needed, start the web chat
#   ./run.sh test    create .venv, install (and Debian's Chromium for the browser test), run the tests
# Also: ./run.sh build | ./run.sh ask "question" | ./run.sh eval | ./run.sh bench
set -euo pipefail
cd "$(dirname "$0")"
# No outside connection (qa/offline.py sets the same for the API): ONNX Runtime's telemetry, Gradio's analytics, HF Hub.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False ORT_DISABLE_TELEMETRY=1 HF_HUB_DISABLE_TELEMETRY=1

setup() {
    if [ ! -x .venv/bin/python ]; then
        echo "run.sh: creating .venv" >&2
        python3 -m venv .venv
    fi
    local stamp=.venv/.qa-installed want
    want=$(cat pyproject.toml | sha256sum | cut -c1-16)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "run.sh: installing dependencies into .venv (first time: a few minutes)" >&2
        .venv/bin/python -m pip install -q --upgrade pip
        # torch is pinned to the CPU build on this machine's disk; anything else pulls GBs of CUDA.
        .venv/bin/python -m pip install -q torch==2.13.0
        .venv/bin/python -m pip install -q -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

browser() {
    # The browser test drives Debian's headless Chromium (Playwright's own download does not work offline).
    if [ ! -x /usr/bin/chromium ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "run.sh: installing Debian's chromium for the browser test" >&2
        $sudo apt-get update -qq || true
        # fonts-noto-cjk: Chinese text in screenshots renders as boxes without it.
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
    fi
}

tracer() {
    # tests/test_offline.py proves that nothing leaves the machine by tracing connect() with strace.
    if ! command -v strace >/dev/null; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "run.sh: installing strace for the offline test" >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq strace >/dev/null || true
    fi
}

cmd=${1:-chat}
shift || true
case "$cmd" in
    chat)  setup; exec .venv/bin/qa serve "$@" ;;
    test)  setup; browser; tracer; exec .venv/bin/python -m pytest -q "$@" ;;
    build) setup; exec .venv/bin/qa build "$@" ;;
    ask)   setup; exec .venv/bin/qa ask "$@" ;;
    eval)  setup; exec .venv/bin/qa eval ../shared/eval/dev.jsonl --compare "$@" ;;
    bench) setup; exec .venv/bin/qa bench "$@" ;;
    *) echo "usage: ./run.sh chat|test|build|ask QUESTION|eval|bench" >&2; exit 2 ;;
esac
