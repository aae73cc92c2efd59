"""New-word discovery: the corpus's own terms, mined before segmenting.

``discover(texts) -> terms[term, freq, cohesion, left_entropy, right_entropy, score, source]``

Three sources, all over the cleaned Simplified texts:

- ``ngram``: character n-grams (2-8) that recur, hold together (cohesion: the lowest pointwise
  mutual information over the ways to split them, in nats) and stand free (left and right
  branching entropy: many different characters before and after them). Counted on a
  deterministic sample of paragraphs (``SAMPLE_CHARS``), so a large corpus costs no more than a
  small one.
- ``pattern``: names built like names, even when met once: a run of name characters ending in a
  place or organisation suffix (…岛, …湾, …新区, …基地, …中心, …园, …研究院, …实验室, …科技, …大学(城市),
  …论坛, …首开区), its left edge cut after the verb or function word before it (建设|中试基地); and
  short names in “” and 《》.
- ``organisation``: the same names with legal suffixes and city prefixes dropped
  (深圳市商汤科技有限公司 -> 商汤科技), as the actors module normalises them.

Candidates that are ordinary words of jieba's dictionary, stopwords, numbers, or that start or end
with a function character are left out. The result is deterministic (sorted by score, then term).
"""
from __future__ import annotations

import hashlib
import math
import pickle
import re
from collections import Counter

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from .lexicon import words
from .paths import cache_dir, code_version

SAMPLE_CHARS = 150_000  # characters of text the n-gram statistics are counted on, at most
MAX_N = 7
MIN_FREQ = 3  # an n-gram must recur this often in the sample
MIN_COHESION = 3.0  # nats: the parts occur together this much more often than by chance
MIN_ENTROPY = 1.0  # nats: at least this many different neighbours on each side
MAX_TERMS = 400
# jieba tags of a word that a name does not start with (verbs, prepositions, adverbs, numbers …) …
CUT_TAGS = ("v", "vn", "p", "c", "d", "r", "m", "f", "u", "ad", "q")
END_TAGS = ("v", "p", "c", "d", "u", "ad")  # … or end with
FUNCTION_CHARS = set("的了在是和与及或等为将对把被从由于也都就而并其这那之以个年月日中上下有已其该各又还向到让给约得达占家名所位项条次当")
RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
SUFFIXES = ("首开区", "起步区", "先行区", "先行启动区", "试验区", "示范区", "创新区", "集聚区", "核心区", "合作区", "新区",
            "科学城", "大学城", "产业城", "新城", "小镇", "岛", "湾", "基地", "中心", "产业园", "科技园", "科学园", "园区",
            "研究院", "研究所", "实验室", "科技", "智能", "论坛", "枢纽", "区块", "片区", "板块", "港", "机器人",
            "股份有限公司", "有限责任公司", "有限公司", "集团")
NAME_RUN = r"[\u4e00-\u9fffA-Za-z()]"
_LEFT_LIMIT = 14  # characters a name may have before its suffix
_SUFFIX_RE = re.compile(rf"(?:{'|'.join(sorted(SUFFIXES, key=len, reverse=True))})(?:\([\u4e00-\u9fff]{{2,4}}\))?")
_LEFT = re.compile(rf"{NAME_RUN}{{1,{_LEFT_LIMIT}}}$")
_QUOTED = re.compile(r"[“《]([\u4e00-\u9fffA-Za-z0-9()·]{2,12})[”》]")
LEGAL = ("股份有限公司", "有限责任公司", "有限公司", "集团")


def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's dictionary as the domain tokenizer has it: word -> frequency, word -> part-of-speech tag."""
    from .segment import tokenizer, word_tags

    return tokenizer().FREQ, word_tags()


def sample(texts, limit: int = SAMPLE_CHARS) -> list[str]:
    """Paragraphs of ``texts`` up to ``limit`` characters: all of a small corpus, an even,
    deterministic spread of a large one. ``texts`` may be any re-iterable (a list, or a view that
    reads files), and only the picked paragraphs are kept in memory."""
    total = sum(len(t) for t in texts)
    keep = limit / total if total > limit else 1.0
    out, budget = [], 0.0
    for text in texts:
        for p in text.split("\n"):
            if not p:
                continue
            budget += len(p) * keep
            if budget >= len(p) or keep == 1.0:
                out.append(p)
                budget -= len(p)
    return out


def _entropy(counter: Counter) -> float:
    total = sum(counter.values())
    return -sum(c / total * math.log(c / total) for c in counter.values()) if total else 0.0


def _plausible(term: str, stop: set[str]) -> bool:
    if len(term) < 2 or term in stop or term[0] in FUNCTION_CHARS or term[-1] in FUNCTION_CHARS:
        return False
    if re.fullmatch(r"[\dA-Za-z.]+", term) or re.search(r"\d", term) and not re.search("[A-Za-z]", term):
        return False
    return True


def _ngrams(paragraphs: list[str], stop: set[str]) -> list[dict]:
    runs = [r for p in paragraphs for r in RUN.findall(p)]
    counts: list[Counter] = [Counter() for _ in range(MAX_N + 2)]
    for run in runs:
        length = len(run)
        for n in range(1, MAX_N + 2):
            c = counts[n]
            for i in range(length - n + 1):
                c[run[i : i + n]] += 1
    chars = sum(counts[1].values()) or 1
    freq_dict, tags = _dictionary()
    out = []
    for n in range(2, MAX_N + 1):
        longer = counts[n + 1]
        left: dict[str, Counter] = {}
        right: dict[str, Counter] = {}
        candidates = {g: f for g, f in counts[n].items() if f >= MIN_FREQ and _plausible(g, stop)}
        if not candidates:
            continue
        for g, f in longer.items():
            head, tail = g[1:], g[:-1]
            if head in candidates:
                left.setdefault(head, Counter())[g[0]] += f
            if tail in candidates:
                right.setdefault(tail, Counter())[g[-1]] += f
        for g, f in candidates.items():
            if freq_dict.get(g, 0) >= 5:
                continue  # an ordinary word jieba knows
            if tags.get(g[:2], "") in CUT_TAGS or tags.get(g[-2:], "") in END_TAGS:
                continue  # 加快引入芯片, 除了推动: a phrase that starts with a verb or ends with one
            p = f / chars
            cohesion = min(math.log(p / ((counts[k][g[:k]] / chars) * (counts[n - k][g[k:]] / chars)))
                           for k in range(1, n))
            if cohesion < MIN_COHESION:
                continue
            # A gram at a run's edge has an unseen neighbour: count the edges as distinct neighbours.
            lc, rc = left.get(g, Counter()), right.get(g, Counter())
            edge_l, edge_r = f - sum(lc.values()), f - sum(rc.values())
            le = _entropy(lc + Counter({f"<{i}>": 1 for i in range(edge_l)}))
            re_ = _entropy(rc + Counter({f">{i}>": 1 for i in range(edge_r)}))
            if min(le, re_) < MIN_ENTROPY:
                continue
            out.append({"term": g, "freq": f, "cohesion": round(cohesion, 3), "left_entropy": round(le, 3),
                        "right_entropy": round(re_, 3), "source": "ngram"})
    # A gram inside a longer kept gram with the same frequency is only a piece of it.
    kept = {r["term"]: r for r in out}
    for r in list(out):
        if any(r["term"] in o and o != r["term"] and kept[o]["freq"] >= r["freq"] * 0.9 for o in kept):
            kept.pop(r["term"], None)
    return list(kept.values())


def _cut_left(left: str, suffix: str, tags: dict[str, str]) -> str:
    """Drop what precedes a name: a verb, a function word or a number before it (建设|中试基地)."""
    best = 0
    for i in range(len(left)):
        for j in (2, 1):
            piece = left[i : i + j]
            if len(piece) < j:
                continue
            if (j == 2 and tags.get(piece, "") in CUT_TAGS) or (j == 1 and piece in FUNCTION_CHARS):
                best = max(best, i + j)
    return left[best:] + suffix


def _patterns(texts: list[str], stop: set[str]) -> Counter:
    _, tags = _dictionary()
    found: Counter = Counter()
    for text in texts:
        for m in _SUFFIX_RE.finditer(text):
            left = _LEFT.search(text, max(0, m.start() - _LEFT_LIMIT), m.start())
            if not left:
                continue
            name = _cut_left(left.group(0), m.group(0), tags)
            start = m.end() - len(name)
            if start > 0 and tags.get(text[start - 1] + name[0], "").startswith(("v", "p", "c", "d")):
                name = name[1:]  # 建|设战略性新兴产业研发基地: the name began inside a verb
            nxt = text[m.end() : m.end() + 1]
            if (name[-1:] in ("岛", "湾", "港") or name.endswith(("科技", "智能", "机器人"))) and nxt \
                    and "\u4e00" <= nxt <= "\u9fff" and nxt not in FUNCTION_CHARS:
                continue  # 大湾|区, 南山区内科技|成果: the suffix is inside a longer word, not a name's end
            if len(name) >= 3 and _plausible(name, stop) and not re.match(r"^[\d()]", name):
                found[name] += 1
        for m in _QUOTED.finditer(text):
            name = m.group(1)
            if 2 <= len(name) <= 12 and _plausible(name, stop):
                found[name] += 1
    return found


def _organisations(names: Counter) -> Counter:
    """Firm names without legal suffix and city prefix (深圳市商汤科技有限公司 -> 商汤科技), as actors has them."""
    from .orgnames import normalise

    out: Counter = Counter()
    for name, f in names.items():
        stem, kind = normalise(name)
        if stem != name and len(stem) >= 2:
            out[stem] += f
    return out


COLUMNS = ["term", "freq", "cohesion", "left_entropy", "right_entropy", "score", "source"]


def discover(texts: list[str]) -> pd.DataFrame:
    """texts -> terms[term, freq, cohesion, left_entropy, right_entropy, score, source], best first."""
    import pandas as pd

    return pd.DataFrame(discover_rows(texts), columns=COLUMNS)


def discover_rows(texts: list[str]) -> list[dict]:
    """The discovered terms as rows (``discover`` without pandas, for the command line), best first."""
    # Load inputs.
    stop = set(words("stopwords.txt"))
    paragraphs = sample(texts)

    # Process data.
    rows = {r["term"]: r for r in _ngrams(paragraphs, stop)}
    names = _patterns(paragraphs, stop)  # all of a small corpus, the sample of a large one
    company = Counter({n: f for n, f in names.items() if n.endswith(LEGAL)})
    for source, found in (("pattern", names), ("organisation", _organisations(company))):
        for name, f in found.items():
            if name in rows:
                rows[name]["source"] += "+" + source
                continue
            rows[name] = {"term": name, "freq": f, "cohesion": None, "left_entropy": None, "right_entropy": None,
                          "source": source}
    freq_dict, _ = _dictionary()
    out = []
    for r in rows.values():
        if freq_dict.get(r["term"], 0) >= 5 and r["source"] != "ngram":
            continue
        bonus = 1.0 if r["source"] != "ngram" else 0.0
        entropy = min(r["left_entropy"] or 0, r["right_entropy"] or 0)
        r["score"] = round(math.log1p(r["freq"]) * (1 + len(r["term"]) / 4) + bonus + entropy, 3)
        out.append(r)
    # Save outputs.
    return sorted(out, key=lambda r: (-r["score"], r["term"]))[:MAX_TERMS]


def discover_sample(raw_texts) -> tuple[str, ...]:
    """Discovered terms of raw (uncleaned) texts: a small corpus is cleaned whole, a large one through
    an even sample of its lines, so discovery costs the same however large the files."""
    from .clean import clean_text
    from .errors import InputError

    cleaned = []
    if sum(len(t) for t in raw_texts) <= SAMPLE_CHARS:
        parts = list(raw_texts)
    else:
        parts = ["\n".join(sample(raw_texts))]
    for raw in parts:
        try:
            cleaned.append(clean_text(raw, audit_conversion=False).text)
        except InputError:
            continue  # nothing of an article: nothing to learn from
    return tuple(r["term"] for r in discover_rows(cleaned)) if cleaned else ()


def discover_cached(texts: list[str]) -> pd.DataFrame:
    """``discover`` under a cache key made of the texts and the package version."""
    digest = hashlib.sha256(code_version().encode())
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    path = cache_dir("discovery") / f"{digest.hexdigest()[:32]}.pkl"
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed
            path.unlink(missing_ok=True)
    frame = discover(texts)
    partial = path.with_suffix(".tmp")
    partial.write_bytes(pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
    return frame


def corpus_discovered(corpus: pd.DataFrame) -> pd.DataFrame:
    """The discovered terms of a corpus frame (``load_corpus`` puts them in ``attrs``; a frame made
    another way gets them computed, from the cache when its texts were seen before)."""
    frame = corpus.attrs.get("discovered")
    if frame is None:
        frame = discover_cached([t for t in corpus["text"] if isinstance(t, str)])
    return frame


def corpus_terms(corpus: pd.DataFrame) -> tuple[str, ...]:
    """The discovered terms of a corpus frame, best first."""
    return tuple(corpus_discovered(corpus)["term"])


def per_district(discovered: pd.DataFrame, corpus: pd.DataFrame, top: int = 8) -> pd.DataFrame:
    """discovered terms x corpus[region, text] -> top[region, term, count, score, source]: the best
    discovered terms met in each district's articles."""
    rows = []
    for region, group in corpus.groupby(corpus["region"].fillna("none")):
        text = "\n".join(group["text"])
        for r in discovered.itertuples():
            n = text.count(r.term)
            if n:
                rows.append({"region": region, "term": r.term, "count": n, "score": r.score, "source": r.source})
    import pandas as pd

    frame = pd.DataFrame(rows, columns=["region", "term", "count", "score", "source"])
    frame = frame.sort_values(["region", "score", "count", "term"], ascending=[True, False, False, True])
    return frame.groupby("region").head(top).reset_index(drop=True)
