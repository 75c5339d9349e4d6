"""Only regular files are read: a FIFO, a socket or a broken link is skipped with a named
message instead of hanging or failing the batch."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from dateline.errors import NotARegularFile
from dateline.ingest import read_inputs
from dateline.models import Article

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def test_fifo_in_a_directory_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.txt")  # nobody writes to it: reading it would block forever
    (tmp_path / "y.txt").write_text("Police arrested two men in Kabul.", encoding="utf-8")
    first, second = read_inputs([str(tmp_path)])
    assert isinstance(first, NotARegularFile) and "FIFO" in str(first)
    assert isinstance(second, Article) and second.id == "y"


def test_broken_link_is_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    [item] = read_inputs([str(tmp_path / "gone.txt")])
    assert isinstance(item, NotARegularFile)
    assert "broken symbolic link" in str(item) and "[E106]" in str(item)


def test_socket_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        [item] = read_inputs([str(path)])
    assert isinstance(item, NotARegularFile)
