"""No outside connection: a real build and a question served by a real ``qa serve``, traced
with strace (native code included: ONNX Runtime's telemetry is C++), connect only to loopback.

The children run without the offline switches in their environment, so the test shows that
the product sets them itself (qa/offline.py). ``python -m qa.tools.offline_check`` is the
same check with 60 s of serving.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa.offline import OFFLINE_ENVIRONMENT
from qa.tools import offline_check

REPO = Path(__file__).resolve().parent.parent
SHANDONG = "2025_shandong-medical-insurance-news-digest"


def test_importing_qa_switches_telemetry_off():
    """Any entry point that imports qa (the API, the CLI, app.py) has the switches before
    onnxruntime or gradio load; a value the user set is kept."""
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENVIRONMENT}
    env.update(PYTHONPATH=str(REPO), HF_HUB_OFFLINE="0")
    code = ("import sys, os, qa\n"
            "assert 'onnxruntime' not in sys.modules and 'gradio' not in sys.modules\n"
            "print(os.environ['ORT_DISABLE_TELEMETRY'], os.environ['GRADIO_ANALYTICS_ENABLED'], os.environ['HF_HUB_OFFLINE'])")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "False", "0"]


def test_strace_log_reading(tmp_path):
    log = tmp_path / "x.strace"
    log.write_text(
        '12 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0\n'
        '12 connect(5, {sa_family=AF_INET, sin_port=htons(7860), sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n'
        '13 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT\n'
        '14 sendto(4, "..."..., 40, 0, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
        'inet_pton(AF_INET6, "2603:1030::1", &sin6_addr), sin6_scope_id=0}, 28) = 40\n'
        '15 connect(6, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), '
        'inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28) = 0\n')
    outside, local = offline_check.connections(log)
    assert outside == ["connect to 10.255.255.53 port 53", "sendto to 2603:1030::1 port 443"]
    assert local == 2


@pytest.mark.slow
def test_build_and_served_question_stay_on_loopback(tmp_path):
    problem = offline_check.strace_problem()
    if problem:
        pytest.skip(problem)
    # The tracer must see a lookup before its silence means anything.
    control = offline_check.control(tmp_path)
    assert control.outside, "strace did not record a DNS lookup"

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for suffix in (".txt", ".meta.json"):
        shutil.copy(REPO / "corpus" / (SHANDONG + suffix), corpus)
    env = offline_check.child_environment(corpus, tmp_path / "index")
    assert "ORT_DISABLE_TELEMETRY" not in env
    build = offline_check.build(tmp_path, env)
    assert build.outside == [], build.outside
    served = offline_check.serve(tmp_path, env, seconds=20)
    assert served.note == "answered: yes"
    assert served.outside == [], served.outside
