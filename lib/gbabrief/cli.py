"""The ``gbabrief`` command line: clean, inspect, segment (and more as the project grows).

Exit codes: 0 success, 2 bad input (one line on stderr naming the file), 1 internal error.
Output is UTF-8 whatever the terminal's locale.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import InputError


def _article(path: str, **kwargs):
    from .corpus import manifest_row_for, read_article

    p = Path(path)
    return read_article(p, manifest_row_for(p) if p.parent.is_dir() else None, **kwargs)


def cmd_clean(args: argparse.Namespace) -> None:
    for path in args.files:
        print(_article(path).cleaned.text)


def cmd_inspect(args: argparse.Namespace) -> None:
    for path in args.files:
        print(json.dumps(_article(path).inspect(), ensure_ascii=False))


def cmd_segment(args: argparse.Namespace) -> None:
    """Segment with the domain tokenizer plus the terms discovered in the files given. One large file
    discovers from its first cleaned chunks while the rest is cleaned; several files share the terms
    of a cleaned sample of them all."""
    from .pipeline import process_text, segment_discovering
    from .reader import read_text
    from .segment import corpus_tokenizer

    decoded = [read_text(Path(path)) for path in args.files]
    if len(decoded) == 1:
        sys.stdout.write(segment_discovering(decoded[0].text, source=args.files[0],
                                             discover_terms=not args.no_discovery) + "\n")
        return
    from .discover import discover_sample

    terms = () if args.no_discovery else discover_sample([d.text for d in decoded])
    tk = corpus_tokenizer(terms)
    for path, d in zip(args.files, decoded):
        _, lines = process_text(d.text, segment=True, lost=d.lost, source=str(path), tk=tk, joined=True)
        if lines:
            sys.stdout.write(lines + "\n")


FACTS_CSV = ["file", "kind", "value", "value_low", "value_high", "unit", "qualifier", "measure", "place", "scope",
             "district", "status", "year", "cues", "surface", "sentence", "positions"]


def cmd_facts(args: argparse.Namespace) -> None:
    import csv

    from .facts import article_facts, format_value

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(FACTS_CSV)
    for path in args.files:
        facts = article_facts(_article(path, facts=True))
        for row in facts.itertuples():
            writer.writerow([Path(path).name, row.kind, format_value(row.value), format_value(row.value_low),
                             format_value(row.value_high), row.unit, row.qualifier, row.measure, row.place, row.scope,
                             row.district, row.status, row.year, row.cues, row.surface_orig, row.sentence_orig,
                             row.positions])


def cmd_process(args: argparse.Namespace) -> None:
    """Stream one JSON record per article; locally in a process pool, or on a Dask cluster."""
    from .records import corpus_files, iter_records, process_bag

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        if args.dask:
            records = _dask_records(args.dask, corpus_files(args.corpus), process_bag)
        else:
            records = iter_records(args.corpus, processes=args.workers)
        count = errors = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
            errors += "error" in record
        print(f"gbabrief: {count} articles processed, {errors} with errors", file=sys.stderr)
    finally:
        if out is not sys.stdout:
            out.close()


def _dask_records(scheduler: str, jobs, process_bag):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError(None, "--dask needs dask[distributed]: pip install 'gbabrief[dask]'") from None
    if scheduler == "local":
        cluster = LocalCluster(processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        records = process_bag([(str(p), row) for p, row in jobs]).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return sorted(records, key=lambda r: r["file"])


def cmd_manifest(args: argparse.Namespace) -> None:
    """Print (or append with --write) the manifest rows the corpus folder lacks."""
    import csv

    from .corpus import inferred_rows
    from .manifest import COLUMNS, append_rows, fill_rows

    rows, refused = inferred_rows(args.corpus)
    for name, reason in refused:
        print(f"gbabrief: {name}: {reason}", file=sys.stderr)
    if args.write:
        filled = [r for r in rows if r["update"]]
        if filled:
            path = fill_rows(args.corpus, rows)
        elif rows:
            path = append_rows(args.corpus, rows)
        if rows:
            print(f"gbabrief: {len(rows) - len(filled)} row(s) appended and {len(filled)} filled in, in {path}, for "
                  f"review (previous manifest kept as {path.name}.bak)", file=sys.stderr)
        else:
            print("gbabrief: every article is listed; nothing to add", file=sys.stderr)
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def cmd_review(args: argparse.Namespace) -> None:
    """Draw the review sheets of a corpus into DIR/review/ (a filled sheet is left as it is)."""
    from .review import write_sheets

    for line in write_sheets(args.corpus, args.sentences, args.figures, args.seed):
        print(f"gbabrief: {line}", file=sys.stderr)
    print("gbabrief: fill in your_codes (sentences) and right_measure, right_owner, right_status, right_year "
          "(figures: ok, or the right value), then rebuild: gbabrief build --corpus "
          f"{args.corpus}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> None:
    from .build import build

    for path in build(args.corpus, args.out, strict=args.strict):
        print(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gbabrief", description=(
        "Read, clean and analyse Chinese news articles on the AI strategies of Nanshan, Nansha "
        "and Binhaiwan, and build the policy brief."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, func, text in (
        ("clean", cmd_clean, "print the cleaned Simplified body text, one paragraph a line"),
        ("inspect", cmd_inspect, "print one JSON object per file: encoding, script, region, date, outlet, "
                                 "title, changes per cleaning step"),
        ("segment", cmd_segment, "print the cleaned text segmented: tokens separated by spaces, "
                                 "one paragraph a line (the lexicon plus the terms discovered in the files)"),
        ("facts", cmd_facts, "print the quantitative facts as CSV: file, kind, value (value_low, value_high for "
                             "ranges), unit, qualifier, measure, place, scope, district, status, year, surface, "
                             "sentence, positions (surface and sentence quote the article as found)"),
    ):
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("files", nargs="+", metavar="FILE", help="article file(s), any encoding")
        if name == "segment":
            p.add_argument("--no-discovery", action="store_true",
                           help="segment with the lexicon only, without the terms discovered in the files")
        p.set_defaults(func=func)
    from .paths import OUTPUTS, SEEDS

    p = sub.add_parser("process", help="stream one JSON record per article of a corpus (large corpora, Dask)",
                       description="Read, clean and analyse every article of a corpus folder into one JSON "
                                   "record per line: metadata, cleaning counts, facts, theme and instrument "
                                   "counts. Streams, so memory stays flat; --dask runs the same pure function "
                                   "on a Dask cluster.")
    p.add_argument("corpus", metavar="DIR", help="folder of articles")
    p.add_argument("--out", metavar="FILE", help="write JSON lines here (default: stdout)")
    p.add_argument("--workers", type=int, default=None, help="local processes (default: all cores)")
    p.add_argument("--dask", metavar="SCHEDULER", help="a Dask scheduler address, or 'local' for a local cluster")
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("manifest", help="print the manifest rows a corpus folder lacks (--write appends them)",
                       description="Infer title, date, outlet and district for every article that the corpus "
                                   "folder's articles.csv does not list, and print them as manifest rows with "
                                   "where each field came from. --write appends them to DIR/articles.csv for "
                                   "review (existing rows untouched, the old file kept as articles.csv.bak).")
    p.add_argument("corpus", metavar="DIR", help="folder of articles")
    p.add_argument("--write", action="store_true", help="append the rows to DIR/articles.csv")
    p.set_defaults(func=cmd_manifest)

    p = sub.add_parser("review", help="draw a random sample of sentences and figures for the analyst to check",
                       description="Write DIR/review/sentences.csv (sentences drawn at random, as many from each "
                                   "district, coded and uncoded, with the tool's instrument codes) and "
                                   "DIR/review/figures.csv (figures the brief can show, with the tool's measure, "
                                   "owner, status and year), each with blank columns for the analyst. The build "
                                   "reads the filled sheets: the analyst's codes and labels win, and the brief "
                                   "says how often the tool was right. A filled sheet is never written over.")
    p.add_argument("corpus", metavar="DIR", help="folder of articles")
    p.add_argument("--sentences", type=int, default=60, metavar="N", help="sentences to draw (default 60)")
    p.add_argument("--figures", type=int, default=40, metavar="N", help="figures to draw (default 40)")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="the random seed: the same seed, the same sample")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("build", help="execute the notebooks on a corpus and write the report",
                       description="Execute the numbered notebooks on a corpus folder and write the HTML "
                                   "notebooks (and, once it exists, the brief) to the output folder.")
    p.add_argument("--corpus", default=str(SEEDS), metavar="DIR", help="folder of articles (default: seeds/)")
    p.add_argument("--out", default=str(OUTPUTS), metavar="DIR", help="output folder (default: outputs/)")
    p.add_argument("--strict", action="store_true",
                   help="stop on the first file that is not an article (by default it is skipped and named)")
    p.set_defaults(func=cmd_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except InputError as exc:
        print(f"gbabrief: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback, unless debugging
        if os.environ.get("GBABRIEF_DEBUG"):
            raise
        print(f"gbabrief: internal error: {type(exc).__name__}: {exc} (set GBABRIEF_DEBUG=1 for details)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
