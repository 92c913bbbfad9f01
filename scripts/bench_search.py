#!/usr/bin/env python3
"""Benchmark the static search at several corpus sizes (issue 9). Not a test.

For each size N it:

1. generates N synthetic, realistic Vietnamese search documents (seeded, so
   every run sees the same corpus): resolutions with common administrative
   syllables, rare words, both tone styles, and document numbers of both
   families (``15/2023/NQ-HĐND``, ``15/NQ-HĐND``, ``238-QĐ/TW``);
2. builds the index in a child process and reports the build time and the
   child's peak memory (RSS high-water mark, which includes the documents);
3. reports the index size: files, bytes, and gzip -6 bytes;
4. serves the index on 127.0.0.1 (``http.server`` in a thread) with a
   one-page harness and drives Debian's Chromium headless through
   Playwright. Each query runs in a fresh browser context (cold cache)
   from ``harness.html?q=…``: "first" is navigation → first results shown,
   with every byte the page fetched; "again" is the same query typed into the
   warm page afterwards (index files cached), and "next" is a second, different
   query in the warm page (only its new shards and metadata).

Bytes are reported raw (what http.server sent) and as the gzip -6 size of
each transferred file, which is what a static host that compresses sends.

Usage::

    PYTHONPATH=src python scripts/bench_search.py --sizes 1000,10000,50000
    PYTHONPATH=src python scripts/bench_search.py --sizes 10000 --pagefind /tmp/pf/node_modules/.bin/pagefind

``--pagefind`` also builds the same corpus as HTML pages, indexes them with the
given Pagefind binary (1.6.0 from npm) and runs the same queries through
Pagefind's JS API, for comparison.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import multiprocessing
import os
import queue as queue_module
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from portal.devtools.memory import peak_rss_mb, rss_mb
from portal.search import IndexOptions, SearchDoc, build_search_index

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

#: (kind, query[, extra URL parameters such as filters])
QUERIES: list[tuple[str, ...]] = [
    ("pasted", ("Nghị quyết quy định chính sách hỗ trợ đầu tư phát triển nông nghiệp trên địa bàn tỉnh "
                "Đồng Tháp giai đoạn 2021–2025")),
    ("common", "hỗ trợ"),
    ("common", "chính sách"),
    ("common", "nhân dân"),
    ("folded", "ho tro dau tu"),
    ("long", "hỗ trợ đầu tư phát triển nông nghiệp"),
    ("tones", "Tỉnh uỷ"),
    ("number", "15/2023/NQ-HĐND"),
    ("number", "15 / 2023 / nq – hdnd"),
    ("number", "238-QD/TW"),
    ("rare", "yến sào"),
    ("rare", "thanh long ruột đỏ"),
    ("filtered", "hỗ trợ", "nam=2023&linhvuc=nong-nghiep"),
]

# --------------------------------------------------------------------------- corpus

PROVINCES = [
    "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng",
    "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
    "Cà Mau", "An Giang", "Hà Nội", "Huế", "Cao Bằng", "Điện Biên", "Hà Tĩnh", "Lai Châu",
    "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Sơn La", "Thanh Hóa", "Bến Tre", "Tiền Giang",
    "Sóc Trăng", "Bạc Liêu", "Kiên Giang", "Hòa Bình", "Vĩnh Phúc", "Hà Giang", "Yên Bái",
]
TOPICS = [
    "hỗ trợ đầu tư phát triển nông nghiệp", "hỗ trợ doanh nghiệp nhỏ và vừa",
    "đầu tư xây dựng kết cấu hạ tầng giao thông", "quản lý, khai thác công trình thủy lợi",
    "phát triển giáo dục mầm non", "nâng cao chất lượng y tế cơ sở",
    "đào tạo nghề cho lao động nông thôn", "bảo vệ và phát triển rừng",
    "cấp nước sạch nông thôn", "chuyển đổi số", "phát triển du lịch cộng đồng",
    "giảm nghèo bền vững", "chính sách đối với người có công với cách mạng",
    "quản lý, sử dụng đất đai", "bảo vệ môi trường", "phát triển văn hóa, thể thao",
    "khuyến khích khởi nghiệp đổi mới sáng tạo", "thu hút nguồn nhân lực chất lượng cao",
    "phát triển hợp tác xã", "xây dựng nông thôn mới", "bảo đảm an ninh trật tự",
    "phòng, chống thiên tai", "phát triển đô thị", "hỗ trợ học sinh, sinh viên",
    "phát triển thương mại, dịch vụ", "cải cách hành chính", "phát triển thủy sản",
    "chăm sóc sức khỏe nhân dân", "phát triển kinh tế tập thể", "hỗ trợ nhà ở",
]
TITLE_TEMPLATES = [
    "Nghị quyết quy định chính sách {topic} trên địa bàn tỉnh {province} giai đoạn {y1}–{y2}",
    "Nghị quyết về việc phê duyệt đề án {topic} tỉnh {province}",
    "Nghị quyết quy định mức hỗ trợ {topic} trên địa bàn tỉnh {province}",
    "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số {cited} về {topic}",
    "Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn {y1}–{y2} tỉnh {province}",
    "Nghị quyết về chương trình giám sát năm {year} của Hội đồng nhân dân tỉnh {province}",
    "Nghị quyết phân bổ dự toán ngân sách nhà nước năm {year} tỉnh {province}",
    "Nghị quyết thông qua danh mục dự án {topic} năm {year}",
    "Kế hoạch tuyên truyền, phổ biến nghị quyết về {topic}",
    "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm {year}",
]
SENTENCES = [
    "Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.",
    "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    "Nghị quyết này quy định chính sách {topic} trên địa bàn tỉnh.",
    "Đối tượng áp dụng là các tổ chức, cá nhân, hộ gia đình có hoạt động {topic}.",
    "Ngân sách tỉnh bảo đảm kinh phí thực hiện chính sách theo phân cấp ngân sách hiện hành.",
    "Mức hỗ trợ tối đa không quá {amount} triệu đồng cho mỗi dự án, mỗi hộ gia đình.",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tham gia giám sát.",
    "Trường hợp các văn bản dẫn chiếu được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản mới.",
    "Nghị quyết có hiệu lực kể từ ngày {day} tháng {month} năm {year}.",
    "Tỉnh ủy chỉ đạo các cấp ủy đảng, chính quyền quán triệt và tổ chức thực hiện nghiêm túc.",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp tuyên truyền, phổ biến chính sách đến nhân dân.",
    "Ưu tiên hỗ trợ đồng bào dân tộc thiểu số, hộ nghèo, hộ cận nghèo và người có công.",
    "Các sở, ban, ngành, Ủy ban nhân dân cấp xã có trách nhiệm hướng dẫn, kiểm tra việc thực hiện.",
    "Kết quả thực hiện được sơ kết hằng năm và tổng kết vào cuối giai đoạn.",
    "Khuyến khích doanh nghiệp, hợp tác xã đầu tư vào nông nghiệp, nông thôn.",
    "Hỗ trợ lãi suất vốn vay thương mại để đầu tư xây dựng cơ sở hạ tầng.",
    "Nâng cao hiệu quả quản lý nhà nước, bảo đảm công khai, minh bạch.",
    "Hỗ trợ đào tạo, bồi dưỡng nâng cao trình độ chuyên môn cho cán bộ cơ sở.",
    "Thực hiện lồng ghép các chương trình mục tiêu quốc gia trên địa bàn.",
    "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội ổn định.",
    "Phát huy vai trò của Nhân dân trong việc tham gia xây dựng chính quyền.",
    "Chính sách này không áp dụng đối với các dự án đã được hỗ trợ từ nguồn vốn khác.",
    "Hồ sơ đề nghị hỗ trợ gồm đơn đề nghị, dự án đầu tư và các giấy tờ liên quan.",
    "Công trình thủy lợi, hệ thống kênh mương nội đồng được ưu tiên đầu tư.",
    "Cử tri kiến nghị tăng mức hỗ trợ cho người dân vùng sâu, vùng xa.",
    "Chương trình giám sát tập trung vào việc thực hiện các chính sách an sinh xã hội.",
]
CITATIONS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
    "Thực hiện Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư;",
    "Căn cứ Nghị quyết số {cited} của Hội đồng nhân dân tỉnh;",
    "Xét Tờ trình số {n}/TTr-UBND ngày {day} tháng {month} năm {year} của Ủy ban nhân dân tỉnh;",
]
RARE = [
    "yến sào", "thanh long ruột đỏ", "sầu riêng Ri6", "xoài cát Hòa Lộc", "sen Tháp Mười",
    "chè Shan tuyết", "cá tra giống", "tôm càng xanh", "nước mắm Phú Quốc", "gạo ST25",
    "mắc ca", "quế Văn Yên", "hồi Lạng Sơn", "bưởi Năm Roi", "nhãn lồng Hưng Yên",
    "vải thiều Lục Ngạn", "cà phê Robusta", "hồ tiêu Chư Sê", "điều Bình Phước", "muối Bạc Liêu",
    "rươi Tứ Kỳ", "khoai lang Bình Tân", "dừa sáp Cầu Kè", "nấm linh chi", "sâm Ngọc Linh",
    "đông trùng hạ thảo", "ba kích tím", "ớt chỉ thiên", "hành tím Vĩnh Châu", "cói Nga Sơn",
]
FIELDS = [
    "Nông nghiệp", "Đầu tư", "Giao thông", "Thủy lợi", "Giáo dục", "Y tế", "Lao động",
    "Tài nguyên và môi trường", "Đất đai", "Văn hóa", "Du lịch", "Khoa học và công nghệ",
    "Tài chính - ngân sách", "Nội vụ", "Tư pháp", "Quốc phòng - an ninh", "Xây dựng",
    "Công thương", "Thông tin và truyền thông", "Dân tộc",
]
STATUSES = [
    ("con-hieu-luc", "Còn hiệu lực", 55), ("het-hieu-luc-toan-bo", "Hết hiệu lực toàn bộ", 25),
    ("het-hieu-luc-mot-phan", "Hết hiệu lực một phần", 12), ("chua-co-hieu-luc", "Chưa có hiệu lực", 3),
    ("chua-xac-dinh", "Chưa xác định", 5),
]
NEW_STYLE = [("ủy", "uỷ"), ("Ủy", "Uỷ"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("thủy", "thuỷ"),
             ("Thủy", "Thuỷ"), ("khỏe", "khoẻ"), ("hóa", "hoá")]


def generate_docs(n: int, seed: int = 9) -> list[SearchDoc]:
    """``n`` deterministic synthetic documents (same ``n`` and ``seed`` → same corpus)."""
    rng = random.Random(seed)
    docs: list[SearchDoc] = []
    for i in range(n):
        year = min(2026, 2005 + int(rng.triangular(0, 22, 19)))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        province = rng.choice(PROVINCES)
        topic = rng.choice(TOPICS)
        seq = rng.randint(1, 300 if rng.random() < 0.1 else 150)
        num = f"{seq:02d}" if seq < 10 else str(seq)
        r = rng.random()
        if r < 0.45:
            kind, number, body = "resolution", f"{num}/{year}/NQ-HĐND", f"HĐND tỉnh {province}"
        elif r < 0.8:
            kind, number, body = "resolution", f"{num}/NQ-HĐND", f"HĐND tỉnh {province}"
        elif r < 0.9:
            kind, number, body = "plan", f"{num}-KH/TU", f"Tỉnh ủy {province}"
        elif r < 0.95:
            kind, number, body = "document", f"{num}-QĐ/TW", "Ban Bí thư"
        else:
            kind, number, body = "session", None, f"HĐND tỉnh {province}"
        cited = f"{rng.randint(1, 150)}/{rng.randint(2005, year)}/NQ-HĐND"
        y1 = year - year % 5 + 1
        fmt = {
            "topic": topic, "province": province, "year": year, "y1": y1, "y2": y1 + 4,
            "cited": cited, "amount": rng.choice([50, 100, 200, 500, 1000]),
            "day": day, "month": month, "n": rng.randint(1, 300),
        }
        if kind == "session":
            title = f"Kỳ họp thứ {rng.randint(1, 30)} Hội đồng nhân dân tỉnh {province} khóa {rng.choice(['IX', 'X', 'XI'])}"
        else:
            title = rng.choice(TITLE_TEMPLATES).format(**fmt)
        parts = [rng.choice(CITATIONS).format(**fmt) for _ in range(rng.randint(1, 3))]
        for article in range(1, rng.randint(3, 8) + 1):
            parts.append(f"Điều {article}.")
            for _ in range(rng.randint(2, 5)):
                fmt["topic"] = rng.choice(TOPICS) if rng.random() < 0.3 else topic
                parts.append(rng.choice(SENTENCES).format(**fmt))
        if rng.random() < 0.08:
            parts.insert(rng.randint(0, len(parts)), f"Hỗ trợ phát triển sản phẩm {rng.choice(RARE)} của địa phương.")
        text = " ".join(parts)
        if rng.random() < 0.35:
            for old, new in NEW_STYLE:
                text = text.replace(old, new)
                title = title.replace(old, new)
        status = rng.choices(STATUSES, weights=[s[2] for s in STATUSES])[0]
        docs.append(SearchDoc(
            url=f"van-ban/{year}/{i:06d}/",
            kind=kind,
            title=title,
            number=number,
            date=f"{year}-{month:02d}-{day:02d}",
            date_display=f"{day:02d}/{month:02d}/{year}",
            status=status[0] if kind != "session" else None,
            status_label=status[1] if kind != "session" else None,
            fields=sorted(rng.sample(FIELDS, rng.randint(1, 3))),
            body=body,
            text=text,
        ))
    return docs


# --------------------------------------------------------------------------- build

def _build_child(n: int, out_dir: str, shard_bytes: int, chunk_size: int, queue: multiprocessing.Queue) -> None:
    try:
        options = IndexOptions(shard_bytes=shard_bytes, chunk_size=chunk_size)
        _build_child_inner(n, out_dir, options, queue)
    except BaseException as exc:  # report, don't leave the parent waiting
        queue.put({"error": repr(exc)})
        raise


def _build_child_inner(n: int, out_dir: str, options: IndexOptions, queue: multiprocessing.Queue) -> None:
    docs = generate_docs(n)
    rss_docs = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    files = build_search_index(docs, options)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = peak_rss_mb()
    for rel, content in files.items():
        path = Path(out_dir, rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    queue.put({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak, "docs_mb": rss_docs})


def build_in_child(n: int, out_dir: Path, options: IndexOptions) -> dict[str, float]:
    """Generate + build in a fresh process so its peak RSS is the build's own."""
    result = _run_child(_build_child, (n, str(out_dir), options.shard_bytes, options.chunk_size))
    if "error" in result:
        raise RuntimeError(f"index build failed: {result['error']}")
    return result


def _run_child(target, args: tuple) -> dict:
    """Run ``target(*args, queue)`` in a fresh (spawned) process; return what it put on the queue."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    while True:
        try:
            result = queue.get(timeout=5)
            break
        except queue_module.Empty:
            if not proc.is_alive():
                result = {"error": f"child exited with code {proc.exitcode}", "rc": proc.exitcode, "out": ""}
                break
    proc.join()
    return result


@dataclass
class FileSize:
    raw: int
    gz: int


def measure_files(root: Path) -> dict[str, FileSize]:
    """URL path → raw and gzip -6 size, for every file under ``root``."""
    sizes: dict[str, FileSize] = {}
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            sizes["/" + path.relative_to(root).as_posix()] = FileSize(len(data), len(gzip.compress(data, 6, mtime=0)))
    return sizes


HARNESS = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title>
<link rel="stylesheet" href="search/assets/search.css"></head>
<body><main><h1>Tìm kiếm</h1>
<div id="cc-search" data-cc-search></div>
<noscript>Cần bật JavaScript để tìm kiếm.</noscript>
</main>
<script src="search/assets/vn-text.js"></script>
<script src="search/assets/search.js"></script>
</body></html>
"""

PAGEFIND_HARNESS = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><ol id="out"></ol>
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.options({ excerptLength: 20 });
window.runQuery = async (q) => {
  const t0 = performance.now();
  // Pagefind folds marks but not đ: fold đ→d in the query as the docs' hidden field does.
  const r = await pagefind.search(q.replace(/đ/g, "d").replace(/Đ/g, "D"));
  const data = await Promise.all(r.results.slice(0, 20).map(x => x.data()));
  const ol = document.getElementById("out");
  ol.textContent = "";
  for (const d of data) { const li = document.createElement("li"); li.textContent = d.meta.title || d.url; ol.appendChild(li); }
  return { ms: performance.now() - t0, total: r.results.length, first: data.length ? data[0].url : null };
};
window.pagefindReady = true;
</script></body></html>
"""


# --------------------------------------------------------------------------- serve + browse

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _fmt_kb(n: int) -> str:
    return f"{n / 1024:8.1f}"


def run_queries(base: str, sizes: dict[str, FileSize], queries: list[tuple[str, ...]], repeat: int) -> list[dict]:
    """Run every query ``repeat`` times cold (fresh context); keep the median times."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for i, (label, query, *extra) in enumerate(queries):
                nxt_query = queries[(i + 1) % len(queries)][1]
                runs = [_one_query(browser, base, query, extra, nxt_query) for _ in range(repeat)]
                r = runs[0]
                setup = [f for f in r["first_files"] if "/t/" not in f and "/m/" not in f]
                rows.append({
                    "label": label, "query": query + (f" [{', '.join(extra)}]" if extra else ""),
                    "total": r["first"]["total"],
                    "first_ms": statistics.median(x["first"]["at"] for x in runs),
                    "search_ms": statistics.median(x["first"]["at"] - x["first"]["ready"] for x in runs),
                    "again_ms": statistics.median(x["again"]["ms"] for x in runs),
                    "next_ms": statistics.median(x["next"]["ms"] for x in runs),
                    "files": len(r["first_files"]),
                    "raw": sum(sizes[f].raw for f in r["first_files"] if f in sizes),
                    "gz": sum(sizes[f].gz for f in r["first_files"] if f in sizes),
                    "setup_gz": sum(sizes[f].gz for f in setup if f in sizes),
                    "next_gz": sum(sizes[f].gz for f in r["next_files"] if f in sizes),
                    "next_query": nxt_query,
                    "top": r["first"]["top"],
                })
        finally:
            browser.close()
    return rows


def _one_query(browser, base: str, query: str, extra: list[str], nxt_query: str) -> dict:
    """Cold page with ?q=, the same query again warm, then another query warm."""
    ctx = browser.new_context()
    try:
        ctx.add_init_script(RECORD_RESULTS)
        page = ctx.new_page()
        fetched: list[str] = []
        page.on("requestfinished", lambda req: fetched.append(urllib.parse.urlsplit(req.url).path))
        params = "".join("&" + e for e in extra)
        page.goto(f"{base}/harness.html?q={urllib.parse.quote(query)}{params}")
        page.wait_for_function("window.__ccResults.length > 0", timeout=120_000)
        first = page.evaluate("({...window.__ccResults[0], ready: window.__ccReady})")
        first_files = list(fetched)
        again = _typed_query(page, query)
        fetched.clear()
        nxt = _typed_query(page, nxt_query)
        return {"first": first, "first_files": first_files, "again": again, "next": nxt, "next_files": list(fetched)}
    finally:
        ctx.close()


# Installed before any page script runs: records every results event.
RECORD_RESULTS = """
window.__ccResults = [];
document.addEventListener('DOMContentLoaded', () => { window.__ccReady = performance.now(); });
document.addEventListener('cc-search:results', (e) => {
  window.__ccResults.push({ at: performance.now(), total: e.detail.total, ms: e.detail.ms,
    top: (document.querySelector('.cc-result__title') || {}).textContent || null });
});
"""


def _typed_query(page, query: str) -> dict:
    return page.evaluate(
        """(q) => new Promise((resolve) => {
          document.addEventListener('cc-search:results', (e) => resolve({ ms: e.detail.ms, total: e.detail.total }), { once: true });
          const input = document.querySelector('.cc-search__input');
          input.value = q;
          input.form.requestSubmit();
        })""",
        query,
    )


def report_rows(rows: list[dict]) -> None:
    print(f"  {'query':38} {'hits':>6} {'first ms':>9} {'(search)':>8} {'files':>5} {'raw KB':>8} {'gz KB':>8} {'(setup)':>8}"
          f" {'again ms':>9} {'next ms':>8} {'next gz':>8}")
    for r in rows:
        print(f"  {r['query'][:38]:38} {r['total']:6d} {r['first_ms']:9.0f} {r['search_ms']:8.0f} {r['files']:5d} {_fmt_kb(r['raw'])}"
              f" {_fmt_kb(r['gz'])} {_fmt_kb(r['setup_gz'])} {r['again_ms']:9.0f} {r['next_ms']:8.0f}"
              f" {_fmt_kb(r['next_gz'])}")


# --------------------------------------------------------------------------- pagefind

def _pagefind_page(doc: SearchDoc) -> str:
    from html import escape

    from portal.text import fold

    folded = fold(" ".join([doc.title, doc.number or "", doc.text]))
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(doc.title)}</title></head><body><main data-pagefind-body>"
        f'<h1 data-pagefind-meta="title">{escape(doc.title)}</h1>'
        f"<p>{escape(doc.number or '')} · {escape(doc.date_display or '')} · {escape(doc.status_label or '')}</p>"
        f"<p>{escape(doc.body or '')} · {escape(', '.join(doc.fields))}</p>"
        f"<div>{escape(doc.text)}</div>"
        f'<div hidden data-pagefind-weight="0.5">{escape(folded)}</div>'
        "</main></body></html>"
    )


def _pagefind_child(n: int, site: str, binary: str, queue: multiprocessing.Queue) -> None:
    try:
        _pagefind_child_inner(n, site, binary, queue)
    except BaseException as exc:
        queue.put({"rc": -1, "out": repr(exc), "seconds": 0, "peak_mb": 0})
        raise


def _pagefind_child_inner(n: int, site: str, binary: str, queue: multiprocessing.Queue) -> None:
    docs = generate_docs(n)
    for doc in docs:
        path = Path(site, doc.url, "index.html")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_pagefind_page(doc), encoding="utf-8")
    del docs
    t0 = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", binary, "--site", site, "--force-language", "vi"],
        capture_output=True, text=True, check=False,
    )
    seconds = time.perf_counter() - t0
    peak_kb = int(proc.stderr.strip().splitlines()[-1]) if proc.returncode == 0 else -1
    queue.put({"seconds": seconds, "peak_mb": peak_kb / 1024, "rc": proc.returncode,
               "out": proc.stdout[-500:] + proc.stderr[-500:]})


def bench_pagefind(n: int, binary: str, work: Path) -> None:
    site = work / "pf-site"
    res = _run_child(_pagefind_child, (n, str(site), binary))
    if "error" in res or res["rc"] != 0:
        print("  pagefind failed:", res.get("error"), res.get("out"))
        return
    (site / "pf.html").write_text(PAGEFIND_HARNESS, encoding="utf-8")
    sizes = {k: v for k, v in measure_files(site).items() if k.startswith("/pagefind/")}
    print(f"  pagefind index: {res['seconds']:.1f} s, peak {res['peak_mb']:.0f} MB, {len(sizes)} files, "
          f"{sum(s.raw for s in sizes.values()) / 2**20:.1f} MB raw (already compressed)")
    server, base = serve(site)
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                print(f"  {'query':38} {'hits':>6} {'first ms':>9} {'(search)':>8} {'files':>5} {'bytes KB':>9} {'again ms':>9}")
                for _label, query, *_extra in QUERIES:
                    bctx = browser.new_context()
                    page = bctx.new_page()
                    fetched: list[str] = []
                    page.on("requestfinished", lambda req, seen=fetched: seen.append(urllib.parse.urlsplit(req.url).path))
                    page.goto(f"{base}/pf.html")
                    page.wait_for_function("window.pagefindReady === true")
                    t0 = time.perf_counter()
                    first = page.evaluate("(q) => window.runQuery(q)", query)
                    first_ms = (time.perf_counter() - t0) * 1000
                    files = [f for f in fetched if f.startswith("/pagefind/")]
                    again = page.evaluate("(q) => window.runQuery(q)", query)
                    nbytes = sum(sizes[f].raw for f in files if f in sizes)
                    print(f"  {query[:38]:38} {first['total']:6d} {first_ms:9.0f} {len(files):5d} {_fmt_kb(nbytes)} "
                          f"{again['ms']:9.0f}")
                    bctx.close()
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- main

def bench(n: int, options: IndexOptions, pagefind: str | None, keep: bool, repeat: int) -> None:
    work = Path(tempfile.mkdtemp(prefix=f"bench-search-{n}-"))
    try:
        print(f"\n=== {n:,} documents ===")
        stats = build_in_child(n, work, options)
        sizes = measure_files(work)
        index_sizes = [s for k, s in sizes.items() if k.startswith("/search/idx/")]
        shards = [s for k, s in sizes.items() if k.startswith("/search/idx/t/")]
        print(f"  build: {stats['seconds']:.1f} s wall, {stats['cpu_seconds']:.1f} s CPU; peak RSS {stats['peak_mb']:.0f} MB "
              f"(of which documents {stats['docs_mb']:.0f} MB)")
        print(f"  index: {len(index_sizes)} files, {sum(s.raw for s in index_sizes) / 2**20:.1f} MB raw, "
              f"{sum(s.gz for s in index_sizes) / 2**20:.1f} MB gzip; {len(shards)} term shards, "
              f"median {sorted(s.gz for s in shards)[len(shards) // 2] / 1024:.1f} KB gz, "
              f"max {max(s.gz for s in shards) / 1024:.1f} KB gz")
        facets = sizes["/search/idx/facets.js"]
        manifest = sizes["/search/idx/manifest.js"]
        print(f"  manifest {manifest.gz / 1024:.1f} KB gz; facets.js (loaded only when filtering) "
              f"{facets.raw / 1024:.0f} KB raw, {facets.gz / 1024:.1f} KB gz")
        client = [s for k, s in sizes.items() if k.startswith("/search/assets/")]
        print(f"  client: {sum(s.raw for s in client) / 1024:.1f} KB raw, {sum(s.gz for s in client) / 1024:.1f} KB gzip")
        (work / "harness.html").write_text(HARNESS, encoding="utf-8")
        sizes = measure_files(work)
        server, base = serve(work)
        try:
            rows = run_queries(base, sizes, QUERIES, repeat)
        finally:
            server.shutdown()
            server.server_close()
        print(f"  times are medians of {repeat} cold runs. first = cold page: navigation → results, all bytes;")
        print("  (search) = the part after DOMContentLoaded; again = same query in the warm page;")
        print("  next = a different query in the warm page (next gz = its new bytes)")
        report_rows(rows)
        print("  json:", json.dumps({"n": n, **stats, "rows": rows}, ensure_ascii=False))
        if pagefind:
            print("  --- Pagefind", pagefind)
            bench_pagefind(n, pagefind, work)
    finally:
        if keep:
            print("  kept", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--shard-bytes", type=int, default=IndexOptions.shard_bytes)
    parser.add_argument("--chunk-size", type=int, default=IndexOptions.chunk_size)
    parser.add_argument("--pagefind", metavar="BINARY", help="also benchmark this Pagefind binary on the same corpus")
    parser.add_argument("--keep", action="store_true", help="keep the temporary site folders")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per query; median times (default 3)")
    args = parser.parse_args(argv)
    if not os.path.exists(CHROMIUM):
        parser.error(f"{CHROMIUM} not found (apt-get install chromium)")
    options = IndexOptions(shard_bytes=args.shard_bytes, chunk_size=args.chunk_size)
    for n in [int(s) for s in args.sizes.split(",") if s]:
        bench(n, options, args.pagefind, args.keep, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
