#!/usr/bin/env python3
"""Blame on real news: how many of the corpus's hand-labelled villains the analysis blames, article by article.

    .venv/bin/python benchmarks/check_villains.py [--show N]

../shared/corpora/climate-news/roles.tsv labels, per article, the entities cast as hero, villain or victim. A
villain is a looser notion than blame (a framing role, often with no explicit charge), so the figure is a floor
for recall on real text, not a score: it says whether a change finds more of the actors real articles fault.
Blaming an entity the labels call hero or victim (and never villain) is counted as a likely error.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict

from _common import CORPUS

from rapidfuzz import fuzz  # noqa: E402

from reader.core.analysis.pipeline import run  # noqa: E402
from reader.core.documents.loader import load_path  # noqa: E402

ACTOR_GROUPS = {"GOVERNMENTS_POLITICIANS_POLIT.ORGS", "ENV.ORGS_ACTIVISTS", "MEDIA_JOURNALISTS", "SCIENCE_EXPERTS_SCI.REPORTS",
                "INDUSTRY_EMISSIONS"}
PRONOUNS = {"they", "he", "she", "them", "we", "it", "his", "her", "its", "their", "i", "you"}
STOP = {"the", "a", "of", "and", "rep", "sen", "president", "democratic", "republican", "former", "new", "york", "u.s.", "us",
        "state", "states", "united", "administration", "house", "white", "national", "american", "department", "secretary",
        "agency", "minister", "prime", "news", "world", "energy", "climate", "change", "global", "'s"}


def _tokens(s: str) -> set[str]:
    return {w.lower().strip("'’s.") for w in re.findall(r"[\w'’.-]+", s)} - STOP


def _names(entity: str, names: list[str]) -> bool:
    """True when an entity label and one of the names blamed share a content word, or match closely."""
    mine = {t for t in _tokens(entity) if len(t) > 2}
    for n in names:
        if mine & {t for t in _tokens(n) if len(t) > 2} or (len(entity) > 5 and fuzz.partial_ratio(entity.lower(), n.lower()) >= 90):
            return True
    return False


def _distinct(entities: set[str]) -> list[str]:
    out: list[str] = []
    for e in sorted(entities, key=len):
        if _tokens(e) and not any(_tokens(e) & _tokens(s) for s in out):
            out.append(e)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N villains that were not blamed")
    args = parser.parse_args(argv)
    if not (CORPUS / "roles.tsv").is_file():
        print(f"{CORPUS}: roles.tsv not found", file=sys.stderr)
        return 2
    files = {r["id"]: r["file"] for r in csv.DictReader(open(CORPUS / "articles.tsv", encoding="utf-8"), delimiter="\t")}
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in csv.DictReader(open(CORPUS / "roles.tsv", encoding="utf-8"), delimiter="\t"):
        if r["group"] in ACTOR_GROUPS and r["entity"].lower() not in PRONOUNS:
            roles[r["ID"]][r["role"]].add(r["entity"])
    found = total = blamed = misplaced = 0
    missed: list[tuple[str, str]] = []
    started = time.perf_counter()
    for aid in sorted(roles, key=int):
        path = CORPUS / files.get(aid, "")
        if not path.is_file():
            continue
        comparison = run([load_path(path, "d1")])
        actors = {a.id: a for a in comparison.actors}
        groups: dict[str, list[str]] = defaultdict(list)
        for b in comparison.blame:
            groups[b.actor or b.target] += [b.target] + ([actors[b.actor].name, *actors[b.actor].aliases] if b.actor in actors else [])
        names = [n for ns in groups.values() for n in ns]
        villains = _distinct(roles[aid]["villain"])
        others = _distinct((roles[aid]["hero"] | roles[aid]["victim"]) - roles[aid]["villain"])
        for v in villains:
            total += 1
            if _names(v, names):
                found += 1
            else:
                missed.append((aid, v))
        for ns in groups.values():
            blamed += 1
            misplaced += any(_names(o, ns) for o in others) and not any(_names(v, ns) for v in villains)
    seconds = time.perf_counter() - started
    print(f"articles with labelled villains  {len(roles)}")
    print(f"villains                         {total}")
    print(f"villains blamed                  {found}  ({found / max(total, 1):.1%})")
    print(f"actors blamed                    {blamed}")
    print(f"of them labelled hero/victim     {misplaced}  ({misplaced / max(blamed, 1):.1%}; often a quoted speaker's charge)")
    print(f"seconds                          {seconds:.1f}")
    for aid, v in missed[:args.show]:
        print(f"  not blamed: article {aid}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
