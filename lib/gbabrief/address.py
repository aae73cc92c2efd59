"""A page's address, and what it tells: the outlet (from the host) and the date (from the path).

``address_line(text) -> (url, text without that line)``: a first line ``SOURCE: …``, ``URL: …``,
``原文链接：…`` or a bare ``http(s)://…`` is the page's address, not its body; so is a reader service's
``URL Source: …`` header field (the header stays: cleaning reads it as the page's head).
``outlet_of(url)``: the outlet whose host (``lexicon/outlets.csv``, column ``hosts``) the address is on,
its full host first, then its registered domain (``tldextract`` on its bundled public-suffix list,
offline: m.163.com -> 163.com).
``date_of(url)``: the date a path states (/2024-03-02/, /20191104/, t20200804, /2025/0821/,
/2019-09/25/, /202602/04/), 'YYYY-MM-DD', or None.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from .lexicon import read_rows

ADDRESS = re.compile(r"^\s*(?:(?:SOURCE|Source|source|URL|Url|url|原文链接|原文地址|原文网址|来源网址|网址)\s*[:：]\s*)?"
                     r"(https?://[^\s<>\"']+)\s*$")
DATE_PATHS = [  # (pattern, year, month, day groups); the first that gives a real date wins
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.](\d{1,2})[-_/.](\d{1,2})(?!\d)"),  # /2024-03-02/ /2019-09/25/
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),  # /20191104/ t20200804_…
    re.compile(r"(?<!\d)((?:19|20)\d\d)/(\d\d)(\d\d)(?!\d)"),  # /2025/0821/
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)/(\d\d)(?!\d)"),  # /202602/04/
]
EARLIEST = dt.date(1995, 1, 1)  # before this no page of the corpus was on the web


def address_line(text: str) -> tuple[str, str]:
    """(the address a first line gives, the text without it); the address a reader service's header gives
    and the text as it is; ('', text) when the page names no address at its top."""
    from .page import header_address, reader_header

    first, _, rest = text.lstrip("\ufeff").partition("\n")
    m = ADDRESS.match(first)
    if m:
        return m.group(1), rest
    header = reader_header(text)
    return (header_address(header[0]) if header else ""), text


@lru_cache(maxsize=1)
def _hosts() -> dict[str, str]:
    out = {}
    for row in read_rows("outlets.csv", ("name",)):
        for host in (row.get("hosts") or "").split("|"):
            if host.strip():
                out[host.strip().lower()] = row["name"]
    return out


@lru_cache(maxsize=1)
def _extract():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # the bundled list: no network


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def registered_domain(url: str) -> str:
    parts = _extract()(host_of(url))
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else host_of(url)


def outlet_of(url: str) -> str | None:
    """The outlet the address is on, where ``outlets.csv`` knows its host; else None."""
    if not url:
        return None
    host, hosts = host_of(url), _hosts()
    while host:  # news.sznews.com -> sznews.com, before the registered domain alone
        if host in hosts:
            return hosts[host]
        if host == registered_domain(url) or "." not in host:
            break
        host = host.split(".", 1)[1]
    return hosts.get(registered_domain(url))


def date_of(url: str, *, latest: dt.date | None = None) -> str | None:
    """'YYYY-MM-DD' from the address's path (not its host), when it states a real, plausible date."""
    if not url:
        return None
    parts = urlsplit(url)
    path = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    latest = latest or dt.date.today() + dt.timedelta(days=1)
    for pattern in DATE_PATHS:
        for m in pattern.finditer(path):
            try:
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if EARLIEST <= day <= latest:
                return day.isoformat()
    return None
