"""Reposts made the way other sites repost a story, for the tests and benchmarks of story grouping.

``repost(page, rng)`` -> the page as another site runs it: that site's own header and date line, sometimes the
headline reworded, an editor line, now and then the last paragraph cut, one copy in five in Hong Kong
Traditional characters. ``page`` is a page's text (its first line the headline).

``distinct_pages(folder, n)`` writes n distinct pages made from the development pages (tests/data/growth*):
each a headline of one of them (with the page's number) over five paragraphs drawn at random from all of
them, so that no two pages clean to the same text. No manifest.
"""
from __future__ import annotations

import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

SITES = ["新浪财经", "网易新闻", "搜狐", "腾讯网", "凤凰网", "东方财富网", "今日头条", "中华网", "光明网", "环球网",
         "大湾区资讯网", "广东在线", "湾区科技网", "财经头条"]
EDITORS = ["王敏", "李华", "张莉", "陈静", "刘洋", "黄婷", "周杰", "吴昊"]


def repost(page: str, rng: random.Random, *, traditional: bool | None = None, cut: bool | None = None,
           reword: bool | None = None) -> str:
    from gbabrief.lang import converter

    lines = [line for line in page.split("\n") if line.strip()]
    title, body = lines[0], lines[1:]
    site = rng.choice(SITES)
    if reword if reword is not None else rng.random() < 0.3:
        title = rng.choice(["重磅！", "关注｜", "最新："]) + title + rng.choice(["", "（附全文）", "，一文读懂"])
    if (cut if cut is not None else rng.random() < 0.33) and len(body) > 2:
        body = body[:-1]
    # A repost runs after the story: its date line is later than any page of the development sets.
    text = "\n".join([f"{site} > 新闻中心 > 正文", title, f"2026年{rng.randrange(1, 12)}月{rng.randrange(1, 29)}日 "
                      f"来源：{site}", *body, f"(责任编辑：{rng.choice(EDITORS)})"])
    if traditional if traditional is not None else rng.random() < 0.2:
        text = converter("s2hk").convert(text)
    return text


def distinct_pages(folder: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    pages = []
    for name in ("growth", "growth2"):
        for page in sorted((DATA / name).glob("*.txt")):
            lines = [line for line in page.read_text(encoding="utf-8").split("\n") if line.strip()]
            if len(lines) >= 2:
                pages.append(lines)
    paragraphs = [p for lines in pages for p in lines[1:] if len(p) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lines = pages[i % len(pages)]
        body = rng.sample(paragraphs, 5)
        (folder / f"p{i:05d}.txt").write_text("\n".join([f"{lines[0]}（之{i}）", *body]), encoding="utf-8")
