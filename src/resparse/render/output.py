"""Writing result files: atomically (a temporary file in the same directory, then ``os.replace``), never over an
input file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..errors import InputError

OUTPUT_DIR = Path("output")


def default_path(symbol: str | None, suffix: str) -> Path:
    """``output/<symbol with / replaced by _><suffix>``: A/RES/71/280 -> output/A_RES_71_280.html."""
    name = (symbol or "resolution").replace("/", "_").replace(" ", "_")
    return OUTPUT_DIR / f"{name}{suffix}"


def ensure_dir(directory: str | os.PathLike, path: str | os.PathLike, make: bool = True) -> Path:
    """Make sure ``directory`` is a directory this process can write in, for the output ``path`` (named in the
    error): with ``make``, missing folders are made. Raises :class:`InputError` (one line, exit 2) where a folder on
    the way is a file ("rob/afile is a file, not a directory"), where the folder is missing and ``make`` is false,
    or where nothing can be written there (a read-only or virtual file system: "/proc"); a file is created and
    removed there to learn it, as no permission bit tells it for root or a read-only mount."""
    directory = Path(directory)
    for folder in (directory, *directory.parents):
        if os.path.lexists(folder):
            if not folder.is_dir():
                raise InputError(f"{folder} is a file, not a directory", path=str(path))
            break
    if not make and not directory.is_dir():
        raise InputError(f"no such directory: {directory}", path=str(path))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=directory, prefix=".resparse-", suffix=".tmp")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror
        there = next((f for f in (directory, *directory.parents) if f.is_dir()), None)
        if exc.errno == errno.ENOENT and there is not None:  # a folder that is there, and nothing can be made in it
            where = "there" if there == directory else f"in {there}"
            reason = f"no file can be made {where}: a virtual file system such as /proc"
        raise InputError(f"cannot write in {directory} ({reason})", path=str(path)) from None
    return directory


def write_atomic(path: str | os.PathLike, data: str, inputs: list[str | os.PathLike] = (),
                 force: bool = False) -> Path:
    """Write ``data`` (UTF-8) to ``path``; refuse to replace one of ``inputs`` (:class:`InputError`), and, unless
    ``force``, a file that exists outside ``output/`` and is not one of the same kind this tool wrote (its first
    line is not ``data``'s: a CSV's header, a page's doctype): "Writing outputs must never destroy the input" --
    ``mandates --csv texts/A_RES_73_195.txt`` replaced a resolution that was not the command's input (a new-user
    trial, 2026-12-03)."""
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
    if not force and target.is_file() and not _replaceable(target, data):
        raise InputError("exists and is not a file of this kind resparse wrote; not replaced (--force replaces it)",
                         path=str(path))
    ensure_dir(target.parent, path, make=target.parent == OUTPUT_DIR)  # output/ itself is made on demand
    try:
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


def _replaceable(target: Path, data: str) -> bool:
    """May an existing file be replaced without --force: one in ``output/`` (the tool's own folder), an empty one, or
    one whose first line is that of ``data`` (an earlier output of the same kind: the same CSV header, an HTML page,
    an XML document)."""
    try:
        if target.resolve().parent == OUTPUT_DIR.resolve():
            return True
        with target.open("r", encoding="utf-8", errors="replace", newline="") as fh:
            first = fh.readline(4096)
    except OSError:
        return True  # unreadable: the write itself says why it fails
    return not first or first.rstrip("\r\n") == data.split("\n", 1)[0].rstrip("\r")
