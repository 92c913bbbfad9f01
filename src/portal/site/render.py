"""Render planned pages to Markdown with the Jinja templates in ``templates/``.

Templates receive records and pre-computed statuses; they never build URLs themselves
(``href`` and ``uri`` come from :mod:`portal.site.urls`) and never format dates by hand
(the ``date`` filters come from :mod:`portal.text`).
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import jinja2

from portal.catalog import Catalog
from portal.model.records import PartialDate, Record
from portal.model.vocab import RELATION_INVERSE_LABEL, Validity
from portal.links.diagram import document_diagram
from portal.loop.view import LoopView
from portal.site import urls
from portal.site.bytecode_cache import TemplateBytecodeCache
from portal.site.shorter_jinja import ShortCodeGenerator, render_template
from portal.site.link_filters import FILTERS as LINK_FILTERS
from portal.site.page_in_hand import PageInHand, in_hand
from portal.site.plan import PlannedPage, SiteSettings, letter_slug, record_title
from portal.text import format_money, format_number, format_vn_date
from portal.text.html_escape import escape_html
from portal.user_cache import user_cache_folder
from portal.validity import ValidityReport, status_periods

TEMPLATES = Path(__file__).parent / "templates"

# The macro modules, given to every template under these names, made once per environment: an
# `{% import %}` in a page template runs at every page (0.6 s of rendering 12,780 pages).
# Macro modules import what they use themselves.
MACRO_MODULES = {
    "m": "_macros.md.j2",
    "d": "_document_common.md.j2",
    "t": "_timeline_macros.md.j2",
    "li": "loop/_items.md.j2",
    "b": "briefing/_briefing.md.j2",
    "ls": "_loop_sections.md.j2",
}


# A placeholder paragraph: letters and digits, left alone by Markdown. The random part, new in
# every process, keeps an editor's text from ever matching one.
_RAW_NONCE = secrets.token_hex(6)
_RAW_TOKEN = f"CSRAW{_RAW_NONCE}x{{}}CSRAW"
_RAW_TOKEN_RE = re.compile(f"CSRAW{_RAW_NONCE}x(\\d+)CSRAW")
_RAW_PARAGRAPH_RE = re.compile(f"<p>CSRAW{_RAW_NONCE}x(\\d+)CSRAW</p>")


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page: Markdown whose HTML parts wait outside it.

    Templates write the parts of a page that are HTML anyway (tables, lists, badges) through
    the ``raw`` filter: ``source`` then holds a placeholder paragraph where each of
    ``raw_blocks`` goes. Python-Markdown spends most of its time parsing raw HTML blocks and
    scanning text for inline syntax; a driver converts ``source`` (headings, editors' Markdown)
    and puts the blocks back with :meth:`fill`. ``markdown`` is the same page as one Markdown
    text, blocks in place, for readers of Markdown (golden files, the command line).
    """

    src_uri: str
    source: str
    edit_path: str | None
    searchable: bool
    raw_blocks: tuple[str, ...] = ()
    body_start: int = 0  # where ``source`` continues after the page's front matter

    @property
    def body(self) -> str:
        """``source`` without its front matter (a driver has the metadata: :func:`page_meta`)."""
        return self.source[self.body_start :]

    @property
    def markdown(self) -> str:
        if not self.raw_blocks:
            return self.source
        return _RAW_TOKEN_RE.sub(lambda m: self.raw_blocks[int(m.group(1))], self.source)

    def fill(self, html: str) -> str:
        """``html`` (``source`` converted by Markdown) with every placeholder paragraph replaced
        by its block. A placeholder that Markdown did not leave as a paragraph of its own (a
        block written inside a list or an indented section) is a template defect: ValueError."""
        if not self.raw_blocks:
            return html
        placed: list[int] = []

        def block(match: re.Match[str]) -> str:
            placed.append(int(match.group(1)))
            return self.raw_blocks[placed[-1]]

        out = _RAW_PARAGRAPH_RE.sub(block, html)
        if sorted(placed) != list(range(len(self.raw_blocks))):
            missing = sorted(set(range(len(self.raw_blocks))) - set(placed))
            raise ValueError(f"{self.src_uri}: raw HTML blocks {missing} are not paragraphs of their own in the converted page")
        return out


@jinja2.pass_environment
def _raw(env: jinja2.Environment, html: Any) -> str:
    """Keep an HTML fragment out of Markdown (see :class:`RenderedPage`): a paragraph of its own."""
    blocks = in_hand(env).raw_blocks
    blocks.append(str(html).strip("\n"))
    return f"\n\n{_RAW_TOKEN.format(len(blocks) - 1)}\n\n"


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraphs(html: Any) -> str:
    """Escaped text (``|e``, ``|autolink_html``) as HTML paragraphs, split at blank lines as
    Markdown splits a text field written as paragraphs; nothing for an empty text."""
    return "\n".join(f"<p>{part.strip()}</p>" for part in _BLANK_LINE.split(str(html)) if part.strip())


def _date(value: date | PartialDate | None, style: str = "numeric") -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.display() if style == "numeric" or not value.is_full else format_vn_date(value.earliest(), style)
    return format_vn_date(value, style)


def _cell(value: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def page_meta(page: PlannedPage) -> dict[str, Any]:
    """A page's metadata (title, description, feeds): what its front matter says."""
    meta: dict[str, Any] = {"title": page.title}
    if page.description:
        meta["description"] = page.description
    head_links = [a for a in page.alternates if a.get("type") != "application/json"]
    if head_links:
        meta["alternates"] = head_links
    return meta


def front_matter(page: PlannedPage) -> str:
    """The YAML front matter of a page (:func:`page_meta`), ``---`` lines included; values are
    written as JSON, which is valid YAML and escapes everything."""
    return "\n".join(["---", *(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in page_meta(page).items()), "---", ""])


def _source_uri(target: str | Record) -> str:
    return urls.record_uri(target) if isinstance(target, Record) else target


def _link_functions(page: PageInHand) -> dict[str, Any]:
    """``href`` and ``public_href``, reading the page being rendered from ``page`` (the
    environment's, which each page takes in hand). Closures rather than functions that ask for
    the environment (``pass_environment``): Jinja hands those the environment through a new
    ``functools.partial`` at every call, and a resolution page makes about seven."""

    def href(target: str | Record) -> str:
        """A Markdown link from the page to a record's page (or to a page's source URI)."""
        return urls.relative(page.here, _source_uri(target))

    def public_href(target: str | Record) -> str:
        """The public address of a record's page (or of a page's source URI) from the page, for
        links in HTML: MkDocs rewrites only Markdown links, never raw HTML."""
        return urls.page_link(page.here, _source_uri(target))

    return {"href": href, "public_href": public_href}


_BYTECODE = TemplateBytecodeCache(user_cache_folder("templates"))  # compiled once per change of our code, as .pyc are


_HREF_SLOT = f"CSHREF{_RAW_NONCE}"  # where a listed record's link goes (see ListedLines)


class ListedLines:
    """``listed(name, entries, macro)`` in a template: a line per record, one after another.

    A record's line is the same on each of the five or six listings that show it, but for its
    link, which is relative to the page. ``macro(entry, slot)`` is therefore made once per
    record and environment (one build), with ``slot`` where the link goes, and kept cut at the
    slot, with the address of the record's page; each page joins the pieces with its own link.
    The loop runs here rather than in Jinja, where each line cost a macro call and a function
    call (a listing page shows 50 records). ``macro`` must not depend on the page.
    """

    def __init__(self, env: jinja2.Environment) -> None:
        self._env = env
        self._made: dict[str, dict[str, tuple[tuple[str, ...], str]]] = {}  # by name, then record id: the line's pieces, the record's page

    def __call__(self, name: str, entries: Any, macro: Any) -> str:
        here, made = in_hand(self._env).here, self._made.setdefault(name, {})
        lines = []
        for entry in entries:
            known = made.get(entry.id)
            if known is None:
                known = made[entry.id] = _line(entry, macro)
            pieces, page = known
            lines.append(urls.page_link(here, page).join(pieces))
        return "\n".join(lines)

    def one(self, name: str, entry: Any, macro: Any) -> str:
        """One record's line (``listed.one(name, entry, macro)``), inside a line of the template's own."""
        return self(name, (entry,), macro)

    def make(self, name: str, entries: Any, macro: Any) -> None:
        """Make the lines of ``entries`` now, before any page asks for them: see :meth:`PageRenderer.prepare`."""
        made = self._made.setdefault(name, {})
        for entry in entries:
            if entry.id not in made:
                made[entry.id] = _line(entry, macro)


def _line(entry: Any, macro: Any) -> tuple[tuple[str, ...], str]:
    """A record's line cut where its link goes, and the address of the record's page."""
    return tuple(str(macro(entry, _HREF_SLOT)).split(_HREF_SLOT)), urls.record_uri(entry.record)


# What the templates list with ``listed`` (ListedLines), by name: the macro module (MACRO_MODULES)
# and the macro they pass with that name. Every document may be listed under each.
LISTED_MACROS = {"doc_item": ("m", "doc_item"), "diagram_entry": ("d", "diagram_entry")}


def make_environment(catalog: Catalog, settings: SiteSettings, statuses: dict[str, ValidityReport]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        bytecode_cache=_BYTECODE,
        auto_reload=False,  # a build makes its own environment: no need to stat every template at every page
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # output is Markdown; text fields go through |e explicitly
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.code_generator_class = ShortCodeGenerator  # type: ignore[misc]  # calls compiled without Jinja's questions
    env.extend(page_in_hand=PageInHand())
    env.filters.update(
        e=escape_html,  # as Jinja's own |e, without making a Markup object that is a string again at once
        escape=escape_html,
        vn_date=_date,
        cell=_cell,
        raw=_raw,
        paragraphs=_paragraphs,
        number=format_number,
        money=format_money,
        **LINK_FILTERS,  # autolink, autolink_html, autolink_md: cited document numbers become links
    )
    env.globals.update(_link_functions(in_hand(env)))
    env.globals.update(
        uri=urls.record_uri,
        urls=urls,
        catalog=catalog,
        site=settings,
        today=settings.today,
        statuses=statuses,
        Validity=Validity,
        inverse_label=RELATION_INVERSE_LABEL,
        record_title=record_title,
        letter_slug=letter_slug,
        record=catalog.record,
        diagram=lambda entry: document_diagram(entry, catalog, catalog.citations),  # "Lược đồ" of a document
        status_periods=lambda entry: status_periods(entry, catalog),
        loop_view=LoopView(catalog, settings.today),  # petitions, drafts, plan progress as of the build date
    )
    env.globals["listed"] = ListedLines(env)
    env.globals.update({name: env.get_template(template).module for name, template in MACRO_MODULES.items()})
    return env


def render_page(env: jinja2.Environment, page: PlannedPage) -> RenderedPage:
    template = env.get_template(page.template)
    blocks = in_hand(env).start(page)
    body = render_template(template, {"here": page.src_uri, "page": page, **page.context})
    head = front_matter(page)
    return RenderedPage(page.src_uri, head + body, page.edit_path, page.searchable, tuple(blocks), len(head))


class PageRenderer:
    """Renders planned pages one at a time, when a driver needs them.

    A driver that writes each page as it goes (the MkDocs hooks) asks for one page, writes
    it and forgets it, so a build never holds every page in memory at once.
    """

    def __init__(self, catalog: Catalog, settings: SiteSettings, statuses: dict[str, ValidityReport]) -> None:
        self.env = make_environment(catalog, settings, statuses)

    def prepare(self, templates: Iterable[str]) -> None:
        """Compile ``templates`` and make every document's listed lines (LISTED_MACROS) now, not
        at the first page that needs them. A driver about to fork processes that render pages
        (portal.forked_ahead) calls this first: they inherit what it made instead of each making
        its own lines for the records its pages list. At 10,000 resolutions the lines take 0.23 s
        here, and rendering's CPU time in a build fell from 4.02–4.05 s to 3.78–3.81 s with them
        (BENCHMARKS.md)."""
        for template in sorted(templates):
            self.env.get_template(template)
        listed, documents = self.env.globals["listed"], self.env.globals["catalog"].documents()
        for name, (module, macro) in LISTED_MACROS.items():
            listed.make(name, documents, getattr(self.env.globals[module], macro))

    def render(self, page: PlannedPage) -> RenderedPage:
        return render_page(self.env, page)

