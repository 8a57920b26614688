"""Analysis runs in a child of its own, at a lower priority: while it works, the shared
child still reads recordings at once (importing or opening another film never waits for an
analysis), and stepping and playback come first."""

from __future__ import annotations

import os
import threading
import time

from vigeditor.analysis.isolated import ANALYSIS_NICE, analysis_worker, run_analysis
from vigeditor.media.errors import MediaError
from vigeditor.media.isolation import run_isolated


def test_an_analysis_at_work_never_holds_up_the_shared_child() -> None:
    stop = threading.Event()
    outcome: list[object] = []

    def long_analysis() -> None:
        try:  # a job that only ends when it is stopped
            run_analysis(time.sleep, 3600, timeout=3600, label="a long film",
                         should_stop=stop.is_set)
        except MediaError as error:  # the stop ends it so
            outcome.append(error)

    worker = threading.Thread(target=long_analysis)
    worker.start()
    try:
        # the shared child answers while the analysis child is busy
        shared_pid = run_isolated(os.getpid, timeout=120, label="another film")
        assert worker.is_alive(), "the analysis is still at work"
        assert shared_pid != analysis_worker.pid
    finally:
        stop.set()
        worker.join(timeout=120)
    assert not worker.is_alive() and outcome, "stopping ends the analysis"


def test_the_analysis_child_runs_at_a_lower_priority() -> None:
    mine = os.nice(0)
    theirs = run_analysis(os.nice, 0, timeout=120, label="priority")
    assert theirs >= min(19, mine + ANALYSIS_NICE)
