"""Write lib/gbabrief/lexicon/charfreq.tsv: character frequencies from jieba's dictionary.

Each word's frequency is credited to every character in it. The table is the
language model behind encoding detection and garbled-span repair; it is
regenerated with ``python scripts/make_charfreq.py`` and committed.
"""
from __future__ import annotations

import collections
import math
from pathlib import Path

import jieba

# Load inputs.
dict_path = Path(jieba.__file__).parent / "dict.txt"
counts: collections.Counter[str] = collections.Counter()
with dict_path.open(encoding="utf-8") as handle:
    for line in handle:
        word, freq, *_ = line.split(" ")
        for char in word:
            if "\u4e00" <= char <= "\u9fff":
                counts[char] += int(freq)

# Process data: keep characters seen at least a few times, most frequent first.
rows = sorted(((c, n) for c, n in counts.items() if n >= 3), key=lambda cn: (-cn[1], cn[0]))

# Save outputs.
out = Path(__file__).resolve().parent.parent / "lib" / "gbabrief" / "lexicon" / "charfreq.tsv"
with out.open("w", encoding="utf-8", newline="\n") as handle:
    handle.write("# char\tcount (summed jieba dict.txt word frequencies; scripts/make_charfreq.py)\n")
    for char, n in rows:
        handle.write(f"{char}\t{n}\n")
print(f"{out}: {len(rows)} characters, log10 max {math.log10(rows[0][1]):.1f}")
