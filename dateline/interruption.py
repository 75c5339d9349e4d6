"""Interruption: SIGINT or SIGTERM stops a run within seconds and leaves no process behind.

Inside ``interruptible()``, the first SIGINT or SIGTERM to the main process kills the
spaCy worker processes (they would otherwise finish every queued batch first, or outlive
the main process under init) and raises ``Interrupted`` there, so the output is flushed
and closed on the way out. Forked workers inherit the handler: they ignore SIGINT (a
Ctrl-C reaches the whole process group; the main process stops them) and exit on
SIGTERM. On Linux a worker also dies with its parent, even when the parent is killed
with SIGKILL (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import multiprocessing
import multiprocessing.queues
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from dateline.errors import Interrupted

SIGNALS = (signal.SIGINT, signal.SIGTERM)
PR_SET_PDEATHSIG = 1
WORKER_GRACE_SECONDS = 2.0


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGINT/SIGTERM into ``Interrupted`` in the main process for the body's length."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    handler = _Handler(os.getpid())
    previous = {signum: signal.signal(signum, handler) for signum in SIGNALS}
    _batch_processes().add(handler.owner)
    try:
        yield
    finally:
        _batch_processes().discard(handler.owner)
        for signum, old in previous.items():
            signal.signal(signum, old)


class _Handler:
    """The signal handler; ``fired`` makes a second signal wait for the first's cleanup."""

    def __init__(self, owner: int) -> None:
        self.owner = owner
        self.fired = False
        self.earlier = {child.pid for child in multiprocessing.active_children()}

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self.owner:
            _in_worker(signum)
        elif not self.fired:
            self.fired = True
            stop_workers(spare=self.earlier)
            raise Interrupted(signum)


def _in_worker(signum: int) -> None:
    if signum == signal.SIGTERM:
        os._exit(128 + signum)  # a worker holds nothing to flush: its parent writes output


def stop_workers(spare: frozenset[int] | set[int] = frozenset()) -> None:
    """Kill this process's multiprocessing children (but those in ``spare``) and reap them."""
    children = [c for c in multiprocessing.active_children() if c.pid not in spare]
    for child in children:
        child.kill()
    for child in children:
        child.join(WORKER_GRACE_SECONDS)
    if children:
        _release_queues()


def _release_queues() -> None:
    """Let the process exit without flushing the work queues of the killed workers: a
    queue's feeder thread blocks on a full pipe nobody reads any more, and exit would wait
    for it forever. (spaCy keeps its queues to itself, so they are found through gc.)"""
    for thing in gc.get_objects():
        if isinstance(thing, multiprocessing.queues.Queue):
            thing.cancel_join_thread()


@functools.cache
def _batch_processes() -> set[int]:
    """The processes running a batch now. The first call registers a fork hook: a child
    forked by one of them (a spaCy worker) asks the kernel for SIGKILL when its parent
    dies. Forks outside a batch (a test server, a pool of another library) are untouched."""
    if sys.platform.startswith("linux"):
        os.register_at_fork(after_in_child=_ask_for_death_signal)
    return set()


def _ask_for_death_signal() -> None:
    if os.getppid() in _batch_processes():
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
