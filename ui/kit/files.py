"""Writing a file the user asked for: whole or not at all, with words instead of a traceback."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pos.errors import InputError


def write_file(path: Path, data: bytes) -> None:
    """A temporary file beside it, then renamed over it: a crash never leaves half a PDF."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # the folder itself may be missing or be a file
            tmp.unlink(missing_ok=True)
        raise InputError(f"无法写入 {path}：{exc.strerror}", f"cannot write {path}: {exc.strerror}") from exc
