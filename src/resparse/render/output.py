"""Writing result files: atomically (a temporary file in the same directory, then ``os.replace``), never over an
input file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import InputError

OUTPUT_DIR = Path("output")


def default_path(symbol: str | None, suffix: str) -> Path:
    """``output/<symbol with / replaced by _><suffix>``: A/RES/71/280 -> output/A_RES_71_280.html."""
    name = (symbol or "resolution").replace("/", "_").replace(" ", "_")
    return OUTPUT_DIR / f"{name}{suffix}"


def write_atomic(path: str | os.PathLike, data: str, inputs: list[str | os.PathLike] = ()) -> Path:
    """Write ``data`` (UTF-8) to ``path``; refuse to replace one of ``inputs``."""
    target = Path(path)
    from .. import (
        bundled_texts,  # the texts shipped with the package are inputs of every command
    )

    for src in [*inputs, *bundled_texts()]:
        try:
            if target.exists() and target.resolve() == Path(src).resolve():
                raise InputError("refusing to overwrite an input file", path=str(path))
        except OSError:
            continue
    if target.is_dir():
        raise InputError("is a directory, not a file", path=str(path))
    if not target.parent.is_dir() and target.parent != OUTPUT_DIR:
        raise InputError(f"no such directory: {target.parent}", path=str(path))  # output/ itself is made on demand
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write the file ({exc.strerror})", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the mode a plain open() would
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target
