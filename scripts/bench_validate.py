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

from portal.build import validate_data
from portal.devtools.corpus import write_corpus


def main(sizes: list[int]) -> None:
    print(f"{'N':>7} {'files':>7} {'MB':>6} {'generate s':>10} {'load+validate s':>15} {'issues':>6} {'peak RSS MB':>11}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            t0 = time.perf_counter()
            stats = write_corpus(root / "data", n)
            t1 = time.perf_counter()
            result = validate_data(root)
            t2 = time.perf_counter()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{n:>7} {stats.files:>7} {stats.bytes / 1e6:>6.1f} {t1 - t0:>10.2f} {t2 - t1:>15.2f} {len(result.issues):>6} {peak:>11.0f}")
            for issue in result.issues[:5]:
                print("   ", issue.format_text())


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
