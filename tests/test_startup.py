"""Start-up (issue 10): a command imports the stages it runs and no other. `resparse mandates` reads and parses a
resolution and extracts its mandates: it must not pay for the references grammar, the XML stack (lxml, cobalt),
the graph (networkx) or the checker."""

from __future__ import annotations

import json
import subprocess
import sys

NOT_FOR_MANDATES = ["resparse.references", "resparse.render.akn", "resparse.sources.akn", "resparse.graph",
                    "resparse.check", "lxml", "cobalt", "networkx"]


def _modules_after(argv: list[str]) -> set[str]:
    code = (
        "import contextlib, io, json, sys\n"
        "from resparse.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({argv!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    code, modules = json.loads(out.strip().splitlines()[-1])
    assert code == 0
    return set(modules)


def test_mandates_command_imports_only_its_stages():
    modules = _modules_after(["mandates", "--actor", "regional commissions"])
    assert "resparse.mandates.extract" in modules  # the command did run
    assert sorted(m for m in NOT_FOR_MANDATES if m in modules) == []


def test_refs_command_imports_the_references_but_not_the_graph():
    modules = _modules_after(["refs"])
    assert "resparse.references" in modules
    assert "networkx" not in modules and "lxml" not in modules
