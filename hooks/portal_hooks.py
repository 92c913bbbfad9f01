"""MkDocs glue for Cổng Chính sách — the only module that imports ``mkdocs``.

Events:
    on_pre_build: run the core pipeline (load, validate, plan). On any data error, log every
        problem as ``path:line:col: message`` and abort *before* MkDocs cleans or writes the
        site directory, so no half-built site is ever published. Under ``mkdocs serve`` the
        core's preview session (portal.preview) also says which pages a save touched; with
        ``--dirty`` (scripts/serve) MkDocs writes only those.
    on_files: hand the planned pages to MkDocs as generated files outside the navigation,
        with their "edit" link pointing at the source record under ``data/``. A file holds
        no text, its page only the metadata (title, description, feeds; see _GeneratedPage).
        MkDocs reads every page before writing any, and holding 50,000 pages' text would take
        gigabytes.
    on_page_context: just before the theme writes a page, the core renders its Markdown and
        MkDocs converts it (links checked as usual); on_post_page then drops the text again.
    on_startup: remember whether this is ``mkdocs serve`` (a local preview); on_config then
        leaves the sitemap out of previews; on_serve has the preview server told of saves by
        the operating system instead of polling files (_watch_with_notifications), or, when it
        must poll, holds the polls during each rebuild (_WatcherPause); a SIGTERM stops the
        server as Ctrl+C does, so that it deletes its temporary site.
    on_env: give the theme the header search box of the core (portal.search.page). When many
        pages are to be written and a second core is free, fork a helper process that converts
        generated pages ahead of the writer (portal.forked_ahead); on_post_build and
        on_build_error stop it.
    on_post_page: add the page's Content-Security-Policy (hashes of its own inline scripts);
        not in a local preview, where the live-reload script is injected after this event.
    on_post_build: write the other files the core produced (feeds, open data, search index…);
        in a preview after a save, in the background once the editor pauses (_LaterAssets).
        After a preview build that showed a new title at once, ask the server for the build
        that puts the listings in their new order, once the open page has had time to reload
        (_settle_after_reload).
    on_pre_build also logs the summary of the citation report (each row with -v); the report
    itself is a page (du-lieu/dan-chieu/) and never fails the build.

Each build times the core's stages on a clock of its own (portal.stage_clock): loading and
checking, planning and rendering, wherever they run, the page helper included; the driver's
glue and the other files separately. With ``PORTAL_STAGE_TIMES=<file>`` the figures are written
there at the end (scripts/bench.py).

All logic lives in the ``portal`` package; the state kept here lives for one build only, except
the preview's background writer and the start-up settings.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import watchdog.observers
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from watchdog.events import FileAttribEvent, FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent
from watchdog.observers.polling import PollingEmitter, PollingObserver

from portal import collector
from portal.build import SiteBuild, build_date, plan_checked, validate_data
from portal.forked_ahead import ForkedAhead, helper_wanted
from portal.links.body_links import LinkProblem, body_link_issue
from portal.links.report import citation_report, report_summary
from portal.load.loader import Entry
from portal.load.record_store import RecordStore
from portal.preview import session_for
from portal.search.page import header_form_html
from portal.security.csp import add_csp
from portal.site import urls
from portal.site.bytecode_cache import MemoryBytecodeCache
from portal.site.plan import PlannedPage, SiteSettings
from portal.site.render import RenderedPage, front_matter, page_meta
from portal.stage_clock import ASSETS, LOAD, PAGES, PLAN, RENDER, StageClock
from portal.validate.issues import summary_line
from portal.validate.rules import FileLocator

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers.api import ObservedWatch

log = logging.getLogger("mkdocs.hooks.portal")

_build: dict[str, SiteBuild] = {}  # the current build's plan, replaced every build
_planned: dict[str, PlannedPage] = {}  # generated pages by src_uri, for this build
_files: dict[str, Files] = {}  # this build's files, for converting pages on demand
_command: dict[str, str] = {}  # "build", "serve" or "gh-deploy", set once at start-up
_rewrite: dict[str, frozenset[str]] = {}  # preview only: the pages to write again ("pages")
_ahead: dict[str, ForkedAhead] = {}  # full builds: the helper converting pages ahead ("pages")
_server: dict[str, LiveReloadServer] = {}  # preview only: the server ("live"), from on_serve
_clock: dict[str, StageClock] = {"now": StageClock()}  # the current build's stage times, replaced every build
_HELPER_MIN_PAGES = 200  # below this, forking costs more than it saves
_HELPER_RETIRE_AFTER = 4096  # pages; then a fresh fork, so the helper's copy-on-write copies stay small (four runs)
_RENDER_RUN = 1024  # pages the helper claims at once, their Markdown rendered one after another (_render_ahead)
_RENDER_RUN_HERE = 6  # pages the writer renders in a row when it converts one itself, claiming none ahead (_render_ahead)
_rendered_ahead: dict[str, tuple[RenderedPage, float, str]] = {}  # a run's pages rendered ahead (_render_ahead), with their CPU time and who rendered them, until converted or dropped (_drop_rendered_ahead)
_writer: dict[str, int] = {}  # the process that writes the site ("pid"), set at every build: any other one is a helper
# The parts of rendering's time in the stage report (StageClock.parts, scripts/bench.py)
_BY_HELPER = "pages rendered by the helper"
_BY_WRITER = "pages rendered by the writer"
_TWICE = "pages rendered twice"  # by the writer, then converted by the helper (_drop_rendered_ahead)
_SHARED = "listed lines and templates"  # made before the helper is forked (SiteBuild.prepare_rendering)
_FILLED = "HTML parts put back"  # RenderedPage.fill, in whichever process converts the page
_THEME_BYTECODE = MemoryBytecodeCache()  # the theme's compiled templates, for the life of the process


class _GeneratedFile(File):
    """A generated page; in a preview built with ``--dirty``, MkDocs writes it again only when
    the core says something it shows has changed (portal.preview)."""

    rewrite = True

    def __init__(self, path: str, src_dir: str | None, dest_dir: str, use_directory_urls: bool, *, dest_uri: str | None = None, inclusion: InclusionLevel = InclusionLevel.UNDEFINED) -> None:
        # File.__init__ with the source path taken as it is: the core's URIs are already
        # '/'-separated, and normalising 12,000 of them with pathlib took ~0.3 s of each preview
        self.src_uri = path
        self.src_dir, self.dest_dir, self.use_directory_urls, self.inclusion = src_dir, dest_dir, use_directory_urls, inclusion
        if dest_uri is not None:
            self.dest_uri = dest_uri

    def is_modified(self) -> bool:
        return self.rewrite


class _GeneratedPage(Page):
    """The page of a generated file. Its metadata comes from the plan (``meta``), not from
    parsing front matter; and before on_page_context gives it its Markdown, converting it is
    skipped (MkDocs converts every page once while reading them all: for 60,000 generated pages
    that was 60,000 Markdown converters for empty text)."""

    def __init__(self, file: File, config: MkDocsConfig, meta: dict) -> None:
        super().__init__(None, file, config)
        self._planned_meta = meta

    # Addresses are worked out when the theme first asks (urljoin for 12,000 pages took ~0.4 s
    # of every preview rebuild, which writes a few dozen of them).
    def _set_canonical_url(self, base: str | None) -> None:
        self._canonical_base = base

    def _set_edit_url(self, repo_url: str | None, edit_uri: str | None = None, edit_uri_template: str | None = None) -> None:
        self._edit_settings = (repo_url, edit_uri, edit_uri_template)

    def __getattr__(self, name: str) -> object:  # only for attributes not set yet
        if name in ("canonical_url", "abs_url"):
            Page._set_canonical_url(self, self._canonical_base)
            return getattr(self, name)
        if name == "edit_url":
            Page._set_edit_url(self, *self._edit_settings)
            return self.edit_url
        raise AttributeError(name)

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown, self.meta = "", dict(self._planned_meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown:
            super().render(config, files)
            return
        self.content, self.toc, self._title_from_render = "", TableOfContents([]), None
        self.present_anchor_ids, self.links_to_anchors = set(), {}


class _DirtyPreviewNotice(logging.Filter):
    """``serve --dirty`` is how the portal previews (only touched pages are rebuilt, see
    portal.preview), yet MkDocs warns about every dirty build, which ``strict`` turns into a
    failure. The notice stays in the log, as information."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and "'dirty' build" in record.getMessage():
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_MKDOCS_LINK_WARNING = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?:a link '(?P<link>[^']+)', but (?:the target(?: '[^']*')? is not found among documentation files"
    r"|(?P<no_anchor>the doc '[^']+' does not contain an anchor '#[^']+'|there is no such anchor on this page))"
    r"|an unrecognized relative link '(?P<relative>[^']+)')"
)


class _EditorsLinkWarning(logging.Filter):
    """MkDocs says a link leads nowhere about the generated page, in English; when the link is in
    a record's body, the editor is told in the portal's words instead: the record's file, the
    line and column of the link, what to do (portal.links.body_links). The level stays, so a
    strict build still fails."""

    def filter(self, record: logging.LogRecord) -> bool:
        match = _MKDOCS_LINK_WARNING.match(record.getMessage())
        planned = _planned.get(match["page"]) if match else None
        entry = planned.context.get("entry") if planned is not None else None
        if match is None or not isinstance(entry, Entry):
            return True
        if match["relative"]:
            link, problem = match["relative"], LinkProblem.NOT_A_PAGE
        else:
            link, problem = match["link"], LinkProblem.NO_ANCHOR if match["no_anchor"] else LinkProblem.NO_PAGE
        issue = body_link_issue(entry, match["page"], link, problem)
        if issue is not None:
            record.msg, record.args = issue.format_text(), ()
        return True


def on_startup(*, command: str, dirty: bool) -> None:
    _command["name"] = command
    if command == "serve" and dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_DirtyPreviewNotice())
    pages_log = logging.getLogger("mkdocs.structure.pages")
    for earlier in [f for f in pages_log.filters if type(f).__name__ == _EditorsLinkWarning.__name__]:
        pages_log.removeFilter(earlier)  # one per process, though MkDocs may load these hooks again
    pages_log.addFilter(_EditorsLinkWarning())


class _ChangesObserver(watchdog.observers.Observer):  # type: ignore[misc,valid-type]  # chosen per system at import
    """The system's observer, told to report changes only: MkDocs' callback rebuilds on any
    event but a folder's, and a build opening files (mkdocs.yml, docs/, the hooks) would then
    start the next one, forever."""

    CHANGES = [FileCreatedEvent, FileModifiedEvent, FileAttribEvent, FileMovedEvent, FileDeletedEvent]

    def schedule(self, event_handler: FileSystemEventHandler, path: str, *, recursive: bool = False,
                 event_filter: list[type[FileSystemEvent]] | None = None, follow_symlink: bool = False) -> ObservedWatch:
        return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or self.CHANGES, follow_symlink=follow_symlink)


def _watch_with_notifications(server: LiveReloadServer) -> bool:
    """Preview only: let the operating system say when a file is saved (inotify on Linux,
    FSEvents on macOS, ReadDirectoryChangesW on Windows) instead of MkDocs' polling, which
    looks at every watched file every 0.5 s (data/ alone: 10,000 files at national scale).
    A save is then seen at once, not 0.25 s later on average, and no poll competes with a
    rebuild for the interpreter. Returns whether it did; it does not when the system has no
    such notifications or PORTAL_PREVIEW_POLLING=1 (folders on a network drive, whose
    changes are not notified)."""
    if os.environ.get("PORTAL_PREVIEW_POLLING") == "1":
        return False
    native = _ChangesObserver()
    if isinstance(native, PollingObserver):
        return False
    watched = dict(server._watched_paths)  # path → how many watch() calls: MkDocs' own bookkeeping
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = native
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)  # plugins' and mkdocs.yml's `watch` entries come after on_serve, on this observer too
    return True


class _WatcherPause:
    """Preview with polling only (see _watch_with_notifications): each poll of every watched
    file holds the interpreter for tens of milliseconds, time a rebuild then waits for. The
    polls are held while a rebuild runs; a file saved meanwhile is seen by the first poll after
    it (watchdog compares with its previous scan), and MkDocs builds again."""

    def __init__(self) -> None:
        self.server: LiveReloadServer | None = None  # from on_serve, when it polls
        self._held: list[threading.Lock] = []

    def hold(self) -> None:
        if self.server is None or self._held:
            return
        for emitter in list(self.server.observer.emitters):
            lock = getattr(emitter, "_lock", None)  # watchdog's polling emitter scans under it
            if isinstance(emitter, PollingEmitter) and lock is not None and lock.acquire(timeout=1):
                self._held.append(lock)

    def release(self) -> None:
        while self._held:
            self._held.pop().release()


_watcher = _WatcherPause()


def _stop_as_ctrl_c(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # MkDocs then shuts the server down and deletes its temporary site


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    # Stopped from an editor's task runner or a script (SIGTERM), MkDocs would leave the site it
    # serves from in the temporary folder: ~640 MB at 10,000 records, every time.
    signal.signal(signal.SIGTERM, _stop_as_ctrl_c)
    _server["live"] = server
    if _watch_with_notifications(server):
        log.info("Xem trước: tệp vừa lưu được nhận biết ngay qua thông báo của hệ điều hành. Nếu dự án nằm trên ổ mạng và trang không tự cập nhật, chạy lại với PORTAL_PREVIEW_POLLING=1.")
    else:
        _watcher.server = server
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """A preview has no use for the sitemap, which MkDocs would write again, all 12,000 pages
    of it (~0.4 s), after every save."""
    if _command.get("name") == "serve":
        config.theme.static_templates.discard("sitemap.xml")
    return config


def _project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _settings(config: MkDocsConfig) -> SiteSettings:
    extra = config.extra.get("portal", {}) or {}
    return SiteSettings(
        today=build_date(str(extra["today"]) if extra.get("today") else None),
        site_name=config.site_name,
        publisher=extra.get("publisher", SiteSettings.publisher),
        site_url=config.site_url or "",
    )


def on_pre_build(config: MkDocsConfig) -> None:
    _later_assets.hold()
    _watcher.hold()  # released by on_post_build or on_build_error
    _stop_helper()  # left over only if the previous build failed before on_build_error
    _build.clear()
    _planned.clear()
    _rewrite.clear()
    clock = _clock["now"] = StageClock()
    _writer["pid"] = os.getpid()
    root = _project_root(config)
    with collector.paused():  # what planning makes lives on: see portal.collector
        if _command.get("name") == "serve":  # a preview: read and render again only what a save touched
            session = session_for(root)
            with clock.timing(PLAN):  # the session loads and plans in one call
                site, rewrite = session.plan(root, _settings(config))
        else:
            store = RecordStore.for_data(root / "data")  # files unchanged since the last build: read, not loaded again
            with clock.timing(LOAD):
                checked = validate_data(root, store=store)
            with clock.timing(PLAN):
                site, rewrite = plan_checked(checked, _settings(config)), None
            store.save_apart()  # after planning, which keeps with each entry what it found in it alone
            clock.add(LOAD, store.write_seconds)  # timed apart: in a child process
            clock.record_store = store.figures()
    if rewrite is not None:
        _rewrite["pages"] = rewrite
        if session.own_first:
            log.info(f"Xem trước: {session.own_first}: dựng trước các trang của chính bản ghi này; các trang khác có thay đổi (danh sách, chỉ mục, trang liên quan) được dựng ở lần dựng ngay sau lần này.")
        elif session.checked:
            log.info(f"Xem trước: {session.shortcut} đã qua kiểm tra; trang hiện ngay nội dung mới, các danh sách, chỉ mục và tình trạng hiệu lực liên quan được cập nhật ở lần dựng ngay sau lần này.")
        elif session.unsettled:
            log.info(f"Xem trước: {session.shortcut} đổi tên hoặc trích yếu; trang hiện ngay nội dung mới, thứ tự các danh sách được sắp xếp lại ở lần dựng ngay sau lần này.")
        elif session.shortcut:
            log.info(f"Xem trước: {session.shortcut} chỉ đổi nội dung hiển thị; giữ nguyên kết quả kiểm tra và danh sách trang.")
        log.info(f"Xem trước: {len(rewrite)} trang cần dựng lại (trên {len(site.pages)} trang).")
    for issue in site.issues:
        (log.error if issue.severity == "error" else log.warning)(issue.format_text())
    if not site.ok:
        log.error(summary_line(site.issues))
        raise Abort("Dữ liệu có lỗi: không xuất bản trang nào. Xem danh sách lỗi ở trên.")
    _build["site"] = site
    assert site.catalog is not None
    # The catalog and the plan live until the end of the build (a full collection took ~0.6 s
    # in the middle of a preview rebuild). A preview collects what earlier builds left behind
    # when the editor pauses (_LaterAssets), not now.
    collector.keep_planned()
    # cited numbers not held or ambiguous: a report (page du-lieu/dan-chieu/), never a failure
    with clock.timing(PLAN):
        rows = citation_report(site.catalog.citations)
    if log.isEnabledFor(logging.DEBUG):  # positions re-read the files: only when asked (-v)
        locate = FileLocator(root)
        for row in rows:
            log.debug(row.format_text(locate))
    log.info(report_summary(rows))


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    site = _build.get("site")
    if site is None:  # pragma: no cover - on_pre_build always runs first
        raise PluginError("portal: on_files ran without on_pre_build")
    with _clock["now"].timing(PAGES):
        _add_generated_files(site, files, config)
    _files["files"] = files
    return files


def _add_generated_files(site: SiteBuild, files: Files, config: MkDocsConfig) -> None:
    nav_paths = set(_strings_in(config.nav))
    present = files.src_uris  # live: generated files join it as they are appended
    for page in site.pages:
        if page.src_uri in present:  # the core's URIs are '/'-separated already: no path normalising
            raise PluginError(f"{page.src_uri}: trang viết tay trong docs/ trùng với trang được sinh tự động; đổi tên trang viết tay.")
        in_nav = page.src_uri in nav_paths  # MkDocs makes its page, titled by the navigation, from front matter
        file = _GeneratedFile.generated(config, page.src_uri, content=front_matter(page) if in_nav else "", inclusion=InclusionLevel.NOT_IN_NAV)
        if "pages" in _rewrite:
            file.rewrite = page.src_uri in _rewrite["pages"]
        # edit_uri is relative to docs/ (see mkdocs.yml), so step out of it to reach data/
        file.edit_uri = f"../{page.edit_path}" if page.edit_path else None
        if not in_nav:
            _GeneratedPage(file, config, page_meta(page))  # becomes file.page; MkDocs makes no other
        files.append(file)
        _planned[page.src_uri] = page


def _strings_in(nav: object) -> list[str]:
    """The page paths of a ``nav`` setting (nested lists and one-key dicts)."""
    if isinstance(nav, str):
        return [nav]
    values = nav.values() if isinstance(nav, dict) else nav if isinstance(nav, list) else []
    return [path for value in values for path in _strings_in(value)]


def _timed_render(src_uri: str) -> tuple[RenderedPage, float, str]:
    """The core's Markdown of a generated page, the CPU time rendering it took, and who
    rendered it (the part of the stage report it goes to)."""
    clock = StageClock()
    with clock.timing(RENDER):
        rendered = _build["site"].render(_planned[src_uri])
    return rendered, clock.seconds[RENDER], _BY_WRITER if os.getpid() == _writer.get("pid") else _BY_HELPER


def _convert(page: Page, config: MkDocsConfig, clock: StageClock) -> None:
    """The core renders a generated page's Markdown (timed on ``clock``), unless it has been
    rendered ahead, and MkDocs converts it."""
    rendered, seconds, renderer = _rendered_ahead.pop(page.file.src_uri, None) or _timed_render(page.file.src_uri)
    clock.add(RENDER, seconds, renderer)
    page.markdown = rendered.body
    page.render(config, _files["files"])  # Python-Markdown, link checks, table of contents
    with clock.timing(RENDER, _FILLED):
        page.content = rendered.fill(page.content)  # the HTML parts, kept out of Markdown
    clock.pages_rendered += 1


_Converted = tuple  # content, toc, title, anchor ids, links to anchors (by source path), render time and its parts: see _converted


def _converted(src_uri: str, config: MkDocsConfig) -> _Converted:
    """In the helper process (portal.forked_ahead), or in the writer when it converts a page
    ahead itself: what converting a page gives the writer, with the CPU time the core spent
    rendering it and the parts of that time, which the writer adds to the build's clock when it
    takes the page (_apply)."""
    page = _files["files"].src_uris[src_uri].page
    clock = StageClock()
    _convert(page, config, clock)
    links = {file.src_uri: anchors for file, anchors in page.links_to_anchors.items()} if page.links_to_anchors is not None else None
    result = (page.content, page.toc, page._title_from_render, page.present_anchor_ids, links, clock.seconds[RENDER], clock.parts)
    page.markdown = page.content = page.present_anchor_ids = page.links_to_anchors = None  # sent: the writer has them
    page.toc = TableOfContents([])
    return result


def _render_ahead(src_uris: list[str]) -> None:
    """The core's Markdown of a run of pages, rendered one after another before MkDocs converts
    each (portal.forked_ahead's ``prepare``). Rendered between conversions, each page finds the
    templates and the core's code pushed out of the processor's caches by the conversion and the
    theme: at 10,000 resolutions, a build without the helper spent 9.1 s rendering page by page,
    and 5.9 s rendering every page in a row first. The helper renders the runs of 1,024 pages it
    claims; the writer, when it converts a page itself, renders that page and the next 5, which
    it has not claimed (BENCHMARKS.md). A page that fails is left to its turn, which reports the
    error as usual."""
    for src_uri in src_uris:
        try:
            _rendered_ahead[src_uri] = _timed_render(src_uri)
        except Exception:  # noqa: S112 - rendered again in its turn, which reports it
            _rendered_ahead.pop(src_uri, None)  # nor one rendered in the writer before this helper was forked


def _drop_rendered_ahead(src_uris: list[str]) -> None:
    """In the writer: pages it rendered ahead but did not convert (the helper claimed and
    converted them). Their rendering was done twice; the writer's time for it counts too."""
    for src_uri in src_uris:
        dropped = _rendered_ahead.pop(src_uri, None)
        if dropped is not None:
            _clock["now"].add(RENDER, dropped[1], _TWICE)


def _apply(page: Page, converted: _Converted) -> None:
    files = _files["files"]
    page.content, page.toc, page._title_from_render, page.present_anchor_ids, links, render_seconds, render_parts = converted
    if links is not None:
        page.links_to_anchors = {files.src_uris[uri]: anchors for uri, anchors in links.items()}
    _clock["now"].add_rendered(render_seconds, render_parts)
    _drop_rendered_ahead([page.file.src_uri])


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Render a generated page now, when the theme is about to write it (see on_files); in a
    full build, the helper process has usually converted it already (see on_env)."""
    src_uri = page.file.src_uri
    if src_uri in _planned:
        ahead = _ahead.get("pages")
        if ahead is not None:
            _apply(page, ahead.take(src_uri))
        else:
            _convert(page, config, _clock["now"])
    with _clock["now"].timing(PAGES):
        context["portal_layout_key"] = _layout_key(page, nav)
    return context


def _layout_key(page: Page, nav: Navigation) -> str | None:
    """Pages outside the navigation share their tabs, sidebar and footer with their sibling
    pages, whose relative links are the same (overrides/main.html caches them by this key,
    the parent folder of the page's address); other pages get None."""
    if page.meta.get("hide") or page in nav.pages:
        return None
    return posixpath.dirname(page.url.rstrip("/")) + "/"


def _cached_fragment(fragments: dict[str, str]):  # noqa: ANN202 - a Jinja {% call %} target
    def cached(name: str, key: str | None, caller) -> str:  # noqa: ANN001
        if not key:  # None, or undefined on pages without a page context (404.html)
            return caller()
        if (name, key) not in fragments:
            fragments[name, key] = caller()
        return fragments[name, key]

    return cached


def on_env(env: object, *, config: MkDocsConfig, files: Files) -> object:
    """Give the theme the header search box (a form to the search page, relative to the page).

    When many pages are to be written, also fork the helper that converts generated pages
    ahead of the writer (portal.forked_ahead): every page has been read by now and MkDocs is
    about to write them, in the order of ``documentation_pages``. That includes the first build
    of ``mkdocs serve``, which runs before the server starts its threads; later previews, with
    the server's threads running, never fork."""
    env.globals["portal_search_form"] = lambda base_url: header_form_html(f"{base_url}/{urls.page_url(urls.SEARCH_PAGE)}")  # type: ignore[attr-defined]
    env.globals["portal_cached"] = _cached_fragment({})  # type: ignore[attr-defined]  # a new cache every build
    env.bytecode_cache = _THEME_BYTECODE  # type: ignore[attr-defined]  # a preview compiles the theme once, not every save
    to_write = len(_rewrite["pages"]) if "pages" in _rewrite else len(_planned)
    if helper_wanted(to_write, _HELPER_MIN_PAGES):  # PORTAL_BUILD_HELPER, a second core, no threads
        order = [f.src_uri for f in files.documentation_pages(inclusion=InclusionLevel.is_included) if f.src_uri in _planned]
        with _clock["now"].timing(RENDER, _SHARED):  # compiled once, here, rather than in every helper
            _build["site"].prepare_rendering()
        _ahead["pages"] = ForkedAhead(order, lambda src_uri: _converted(src_uri, config), retire_after=_HELPER_RETIRE_AFTER,
                                      batch=_RENDER_RUN, prepare=_render_ahead, prepare_here=_RENDER_RUN_HERE)
        log.info(f"Dựng song song: một tiến trình phụ chuyển {len(order)} trang trên nhân thứ hai.")
    return env


def _stop_helper() -> None:
    ahead = _ahead.pop("pages", None)
    if ahead is not None:
        ahead.close()
    _drop_rendered_ahead(list(_rendered_ahead))  # none is left unless the build failed


def on_build_error(*, error: Exception) -> None:
    _stop_helper()
    _watcher.release()


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if page.file.src_uri in _planned:  # written next: let the text and its contents list go (see on_files)
        page.markdown = page.content = None
        page.toc = TableOfContents([])
    if _command.get("name") == "serve":
        return output
    with _clock["now"].timing(PAGES):
        return add_csp(output)


def on_post_build(config: MkDocsConfig) -> None:
    _stop_helper()  # every page is written
    _watcher.release()  # changes saved meanwhile may start the next build
    site = _build.get("site")
    if site is None:  # pragma: no cover
        return
    target_dir = Path(config.site_dir)
    if "pages" in _rewrite:  # a preview after a save: the page is shown now, the index catches up
        _later_assets.submit(site, target_dir)
        if session_for(_project_root(config)).unsettled:
            _settle_after_reload(_project_root(config))
    else:
        with _clock["now"].timing(ASSETS):
            _write_assets(site, target_dir)
    _clock["now"].write_if_asked()


_RELOAD_GRACE = 1.0  # seconds the open page has to reload (page, styles, scripts) before the settling build


def _settle_after_reload(root: Path) -> None:
    """A save is shown; ask the server for the build that puts listings in their new order,
    and the rest (portal.preview.PreviewSession.unsettled), ``_RELOAD_GRACE`` seconds after the
    browser is told to reload. From the moment a build starts, MkDocs' server holds every
    request until it ends, so as not to serve a half-built site: asked at once, the build began
    0.1 s after the reload, and a page whose reload took longer (its styles and scripts are asked
    for again) was shown only after both builds, 4.3 s after a save at 10,000 instead of 1.5 s.
    A save meanwhile starts a build of its own, which asks for the settling build itself if it
    leaves anything unsettled."""
    shown_by = _clock["now"]  # replaced when the next build starts (on_pre_build)

    def settle() -> None:
        if _clock["now"] is shown_by and session_for(root).unsettled:
            _settle_now()

    timer = threading.Timer(_RELOAD_GRACE, settle)
    timer.daemon = True  # never keeps a stopped server's process alive
    timer.start()


def _settle_now() -> None:
    """Ask the server for a build, as its file watcher asks after a save."""
    server = _server.get("live")
    if server is None:  # pragma: no cover - MkDocs calls on_serve before any rebuild
        return
    with server._rebuild_cond:  # MkDocs' own (mkdocs.livereload), as its watcher's callback does
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def _write_assets(site: SiteBuild, target_dir: Path, stale: threading.Event | None = None) -> bool:
    """Write every file; False when ``stale`` stopped it halfway (a build has started)."""
    for rel, content in site.assets():  # one file at a time: written, then forgotten
        if stale is not None and stale.is_set():
            return False
        target = target_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return True


class _LaterAssets:
    """Preview only: the search index, feeds and open data of the latest build, written by one
    background thread once the editor has paused (``QUIET`` seconds without a save), so that
    writing them seldom competes with showing the next save. A build that starts stops the
    writing at the next file; a file being computed (the search index: seconds) is finished first.
    Then the garbage of earlier builds is collected, in the same pause."""

    QUIET = 8.0

    def __init__(self) -> None:
        self._latest: tuple[SiteBuild, Path] | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stale = threading.Event()
        self._thread: threading.Thread | None = None

    def submit(self, site: SiteBuild, target_dir: Path) -> None:
        with self._lock:
            self._latest = (site, target_dir)
            self._stale.set()  # whatever is being written is out of date
            self._wake.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="portal-assets", daemon=True)
                self._thread.start()

    def hold(self) -> None:
        """A build is starting: stop writing older files at the next one."""
        self._stale.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            while self._wake.wait(self.QUIET):  # wait for a pause in the saves
                self._wake.clear()
            with self._lock:
                job, self._latest = self._latest, None
                self._stale.clear()
            if job is not None and not _write_assets(*job, stale=self._stale):
                with self._lock:  # interrupted by a build: write these again unless that build brings newer
                    if self._latest is None:
                        self._latest = job
                        self._wake.set()
                continue
            # the pause is also the time to free what earlier builds left (frozen in on_pre_build)
            del job
            if not self._stale.is_set():  # a build that has started froze its own objects: leave them
                collector.free_left_over()


_later_assets = _LaterAssets()
