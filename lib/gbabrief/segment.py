"""Segmentation with the package's own jieba tokenizers.

The package builds its own ``jieba.Tokenizer`` objects (never jieba's global one) and
keeps their cache in the project cache directory instead of the system temp dir,
which jieba would share between users. ``tokenizer()`` is loaded with the domain
lexicon (``lexicon/*.csv``), so names such as 西丽湖国际科教城 stay whole.

jieba's ``cut`` first splits its input with ``re_han_default``, which breaks any
word holding punctuation or spaces (香港科技大学(广州), Find X8) whatever the
dictionary says; such lexicon terms are cut out before jieba sees the text.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

import jieba

from .lexicon import alternation, entries
from .paths import cache_dir

jieba.setLogLevel(logging.WARNING)  # jieba announces every dictionary load on stderr

LEXICON_FILES = ("terms.csv", "organisations.csv", "places.csv", "units.csv")
# A lexicon word outweighs any competing split: jieba picks the path with the highest
# product of word frequencies, and this is above every frequency in its dictionary.
LEXICON_FREQ = 10**7
HMM = False  # measured: HMM finds spurious "new words" across lexicon terms (see notebooks/02_language)


@lru_cache(maxsize=1)
def base_tokenizer() -> jieba.Tokenizer:
    """jieba's default dictionary, initialised once per process, cached under the project."""
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir("jieba"))
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words (third column of its dict.txt), read once and
    kept as a marshal file in the project cache, which loads in a fraction of the time."""
    import marshal
    from pathlib import Path

    source = Path(jieba.__file__).parent / "dict.txt"
    cached = cache_dir("jieba") / f"tags-{source.stat().st_size}.marshal"
    try:
        return marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError):
        pass
    tags = {}
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    partial = cached.with_suffix(".tmp")
    partial.write_bytes(marshal.dumps(tags))
    partial.replace(cached)
    return tags


def word_freq(word: str) -> int:
    """Frequency of ``word`` in the domain tokenizer's dictionary (jieba's plus the lexicon; 0 when it
    is not a word). One dictionary for cleaning and segmenting: worker processes inherit it loaded."""
    return tokenizer().FREQ.get(word, 0)


@lru_cache(maxsize=1)
def lexicon_words() -> tuple[str, ...]:
    """Every surface form in the domain lexicon, longest first."""
    forms = {form for name in LEXICON_FILES for entry in entries(name) for form in entry.forms}
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


_HAN_WORD = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+$")  # what jieba's re_han_default keeps whole


@lru_cache(maxsize=1)
def _protected() -> re.Pattern[str] | None:
    return alternation(w for w in lexicon_words() if not _HAN_WORD.match(w))


def _extended(base: jieba.Tokenizer, words, freq: int) -> jieba.Tokenizer:
    """A copy of ``base`` with ``words`` added at ``freq``; ``base`` itself is not changed."""
    import copy

    tk = copy.copy(base)
    tk.FREQ = dict(base.FREQ)
    tk.user_word_tag_tab = dict(base.user_word_tag_tab)
    for word in words:
        tk.add_word(word, freq=freq)
    return tk


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The domain tokenizer: jieba's dictionary plus the lexicon, built once per process, as a copy of
    ``base_tokenizer`` (one dictionary load serves both, which the garbled-span model also uses)."""
    return _extended(base_tokenizer(), [w for w in lexicon_words() if _HAN_WORD.match(w)], LEXICON_FREQ)


DISCOVERED_FREQ = LEXICON_FREQ // 10  # a discovered term beats jieba's splits, and yields to the lexicon


@lru_cache(maxsize=8)
def corpus_tokenizer(terms: tuple[str, ...]) -> jieba.Tokenizer:
    """The domain tokenizer plus a corpus's discovered terms (see ``discover``), for that corpus only:
    a copy, so the package tokenizer and other corpora are not changed."""
    base = tokenizer()
    if not terms:
        return base
    known = set(lexicon_words())
    tk = _extended(base, [t for t in terms if t not in known and _HAN_WORD.match(t)], DISCOVERED_FREQ)
    # jieba scores a path by log(freq) - log(total): with the total of the domain tokenizer kept, a page
    # is cut the same whatever other terms the corpus added, so a page's tokens depend on the page and
    # the discovered terms it holds only (and can be cached per page)
    tk.total = base.total
    tk.protected = alternation([w for w in (*lexicon_words(), *terms) if not _HAN_WORD.match(w)])
    return tk


def held_terms(terms, text: str) -> tuple[str, ...]:
    """The ``terms`` that occur in ``text``: all of a corpus's discovered terms that can change how the
    corpus tokenizer cuts it (see ``corpus_tokenizer``), so what a per-page result is keyed by."""
    return tuple(t for t in terms if t in text)


def cut(text: str, *, hmm: bool = HMM, tk: jieba.Tokenizer | None = None) -> list[str]:
    """Tokens of ``text`` with the domain tokenizer (or a corpus's, ``corpus_tokenizer``); lexicon
    terms with punctuation stay whole."""
    tk = tk or tokenizer()
    pattern = _protected() if tk is tokenizer() else getattr(tk, "protected", None)
    tokens: list[str] = []
    last = 0
    for match in pattern.finditer(text) if pattern else ():
        tokens += tk.lcut(text[last : match.start()], HMM=hmm)
        tokens.append(match.group(0))
        last = match.end()
    tokens += tk.lcut(text[last:], HMM=hmm)
    return tokens


def segment_text(text: str, *, hmm: bool = HMM, tk: jieba.Tokenizer | None = None) -> list[str]:
    """segment(paragraph) -> tokens, whitespace dropped."""
    return [t for t in cut(text, hmm=hmm, tk=tk) if t.strip()]


def whole_share(texts: list[str], terms: list[str], tokenize, cache: str | None = None,
                context: tuple[str, ...] = ()) -> tuple[int, int]:
    """(whole, total): occurrences of ``terms`` with no token boundary inside them. With ``cache`` (a
    name for ``tokenize``), each page's counts are kept per page (``pagecache``), keyed by its text, the
    terms it holds and the ``context`` words it holds (the added words ``tokenize`` cuts with)."""
    def counts(text: str, held: tuple[str, ...], *_context) -> tuple[int, int]:
        whole = total = 0
        boundaries, pos = set(), 0
        for token in tokenize(text):
            pos += len(token)
            boundaries.add(pos)
        for term in held:
            for m in re.finditer(re.escape(term), text):
                total += 1
                whole += not any(b in boundaries for b in range(m.start() + 1, m.end()))
        return whole, total

    items = [(text, held_terms(terms, text), held_terms(context, text)) for text in texts]
    if cache:
        from .pagecache import per_page

        found = per_page("whole-" + cache, items, counts)
    else:
        found = [counts(*item) for item in items]
    return sum(w for w, _ in found), sum(t for _, t in found)


def most_disputed(texts: list[str]) -> str:
    """The sentence (10 to 80 characters) that jieba's default dictionary and the domain tokenizer cut
    most differently (the first such, in corpus order); each page's best is kept per page."""
    from .pagecache import per_page

    def disputed(text: str) -> tuple[int, str]:
        candidates = [s for s in text.split("。") if 10 <= len(s) <= 80]
        if not candidates:
            return -1, ""
        return max(((len(set(base_tokenizer().lcut(s)) ^ set(segment_text(s))), s) for s in candidates),
                   key=lambda found: found[0])

    best = per_page("disputed", [(text,) for text in texts], disputed)
    if not best or max(b[0] for b in best) < 0:
        return max(texts, key=lambda s: len(set(base_tokenizer().lcut(s)) ^ set(segment_text(s))), default="")
    return max(best, key=lambda found: found[0])[1]
