"""What every command shares: the exit statuses, a line said, a JSON document written."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pos.errors import CoopError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def say(text: str) -> None:
    print(text, flush=True)


def write_json(target: str, document: object) -> None:
    """``document`` as indented JSON (UTF-8, Chinese as it is) into the file ``target``, or to
    standard output for ``-``."""
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CoopError(
            f"无法写入 {target}：{exc.strerror}", f"cannot write {target}: {exc.strerror}"
        ) from exc
