import importlib
import subprocess
import sys

import pytest

from app.cli import COMMANDS, EVALS


@pytest.mark.parametrize("module", sorted({m for m, _ in [*COMMANDS.values(), *EVALS.values()]}))
def test_every_command_module_has_its_entry_points(module):
    mod = importlib.import_module(module)
    assert callable(mod.add_arguments) and callable(mod.run)


def test_help_lists_every_command():
    out = subprocess.run([sys.executable, "-m", "app.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for name in [*COMMANDS, "eval"]:
        assert name in out
    out = subprocess.run([sys.executable, "-m", "app.cli", "serve", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "--redis-url" in out and "--store" in out
