"""Print how long loading and validating a synthetic corpus takes (issue: foundation).

Usage: .venv/bin/python scripts/bench_validate.py [N ...]   (default: 1000 10000)
The corpus is generated into a temporary folder, never into data/.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from portal import collector
from portal.build import validate_data
from portal.devtools.corpus import write_corpus
from portal.editor.canonical import format_file
from portal.validate.scope import issues_in_scope


def main(sizes: list[int]) -> None:
    print(f"{'N':>7} {'files':>7} {'MB':>6} {'generate s':>10} {'load+validate s':>15} {'issues':>6} {'peak RSS MB':>11} {'one-file scope s':>16} {'fmt --check s':>13}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            t0 = time.perf_counter()
            stats = write_corpus(root / "data", n)
            t1 = time.perf_counter()
            with collector.paused():  # as `scripts/validate` runs it (portal.cli)
                result = validate_data(root)
            t2 = time.perf_counter()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            # `validate <one file>`: the same full validation, then the issues tied to that file
            one = next(e.path for e in result.catalog.resolutions) if result.catalog else ""
            issues_in_scope(result.issues, result.catalog, [one])
            t3 = time.perf_counter()
            for file in sorted((root / "data").rglob("*.*")):  # `fmt --check` over every file
                format_file(file, root=root)
            t4 = time.perf_counter()
            print(f"{n:>7} {stats.files:>7} {stats.bytes / 1e6:>6.1f} {t1 - t0:>10.2f} {t2 - t1:>15.2f} {len(result.issues):>6} {peak:>11.0f} {t3 - t2:>16.2f} {t4 - t3:>13.2f}")
            for issue in result.issues[:5]:
                print("   ", issue.format_text())


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
