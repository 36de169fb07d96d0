"""A missing dependency stops Undertow with the package's name and how to install it; nothing is skipped.

Each test runs a real process with UNDERTOW_HOME in a temporary folder and ``embit`` made unimportable.
"""

from __future__ import annotations

import os
import subprocess
import sys

# Makes ``embit`` (and its submodules) unimportable, as in an installation where it is missing.
BLOCK_EMBIT = """
import sys
class _NoEmbit:
    def find_spec(self, name, path=None, target=None):
        if name == "embit" or name.startswith("embit."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _NoEmbit())
for _name in [m for m in sys.modules if m == "embit" or m.startswith("embit.")]:
    del sys.modules[_name]
"""


def run_python(code: str, home) -> subprocess.CompletedProcess:
    env = dict(os.environ, UNDERTOW_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180)


def assert_says_embit_is_missing(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0, result.stdout[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "'embit' is not installed" in result.stderr, result.stderr
    assert "pip install 'embit" in result.stderr, result.stderr
    assert "Net worth" not in result.stdout  # no figures computed without the custody part


def test_check_demo_without_embit_fails_and_names_it(tmp_path):
    code = BLOCK_EMBIT + "from desktop.__main__ import main\nsys.exit(main(['check', '--demo']))\n"
    assert_says_embit_is_missing(run_python(code, tmp_path))


def test_check_demo_without_embit_via_sys_modules_none(tmp_path):
    code = ("import sys; sys.modules['embit'] = None\n"
            "from desktop.__main__ import main\nsys.exit(main(['check', '--demo', '--json']))\n")
    assert_says_embit_is_missing(run_python(code, tmp_path))


def test_a_missing_package_found_only_mid_run_still_fails_loudly(tmp_path):
    """Past the up-front check (e.g. a package removed while running), the import error is not swallowed."""
    code = (BLOCK_EMBIT + "import core.dependencies as deps\n"
            "deps.require = lambda gui=False: None\n"
            "from desktop.__main__ import main\nsys.exit(main(['check', '--demo']))\n")
    assert_says_embit_is_missing(run_python(code, tmp_path))


def test_core_modules_do_not_skip_custody_without_embit(tmp_path):
    """The demo's sources and the history's custody figures need embit: no silent smaller portfolio."""
    code = BLOCK_EMBIT + (
        "from core.demo import demo_sources\n"
        "try:\n"
        "    demo_sources()\n"
        "except ModuleNotFoundError as exc:\n"
        "    sys.exit(0 if exc.name.split('.')[0] == 'embit' else 1)\n"
        "sys.exit(2)\n")
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]


def test_missing_package_message_names_the_pin():
    from core.dependencies import describe_import_error, missing_package_message

    text = missing_package_message("embit")
    assert "'embit'" in text and "pip install 'embit" in text
    assert "httpx[socks]" in missing_package_message("socksio")
    assert describe_import_error(ModuleNotFoundError("x", name="embit.descriptor")) == text
    assert describe_import_error(ModuleNotFoundError("x", name="not_ours")) is None
