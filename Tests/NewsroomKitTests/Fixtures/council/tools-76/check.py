"""Validate blind batches: python3 check.py [blind-76 ...]"""
import json, os, re, sys, glob
from lib import roster, needed, HERE
AFTER = {"adopted", "vetoed", "failed to obtain the required number of votes"}
def before(n): return {"blocked by a threatened veto", f"short of the {n} votes needed", "likely to pass", "undetermined"}
STANCES = {"for", "against", "abstain", "undecided"}
errs = []
def err(*a): errs.append(" ".join(map(str, a)))
batches = sys.argv[1:] or sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "blind-*")))
for b in batches:
    d = os.path.join(HERE, b); nn = b.split("-")[1]
    arts = sorted(p for p in glob.glob(d + "/*.json") if not p.endswith(".expected.json"))
    negs = council = undated = pre66 = 0
    readme = open(os.path.join(d, "README.md")).read() if os.path.exists(os.path.join(d, "README.md")) else err(b, "no README") or ""
    for p in arts:
        stem = os.path.basename(p)[:-5]
        a = json.load(open(p)); 
        g = json.load(open(p[:-5] + ".expected.json"))
        if a.get("id") != stem: err(stem, "id mismatch")
        if set(a) != {"id", "headline", "date", "text"}: err(stem, "article keys", set(a))
        if not stem.startswith(f"b{nn}_"): err(stem, "prefix")
        if stem not in readme: err(stem, "missing from README")
        if a["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", a["date"]): err(stem, "date")
        t = g.get("tally", "MISSING")
        if stem.startswith(f"b{nn}_neg_"):
            negs += 1
            if t is not None: err(stem, "negative must have tally null")
            continue
        council += 1
        if not isinstance(t, dict): err(stem, "tally missing"); continue
        y = t["year"]; r = roster(y)
        if not re.match(rf"b{nn}_{y}_", stem): err(stem, "year not in file name")
        if a["date"] is None:
            undated += 1
            if not t["yearInferred"]: err(stem, "undated but yearInferred false")
        else:
            if t["yearInferred"]: err(stem, "dated but yearInferred true")
            if int(a["date"][:4]) != y: err(stem, "date year != tally year")
        if y < 1966: pre66 += 1
        if t["needed"] != needed(y): err(stem, "needed")
        if len(r) != (11 if y < 1966 else 15): err(stem, "roster size", len(r))
        S = t["stances"]
        for m, s in S.items():
            if m not in r: err(stem, "not a member in", y, m)
            if s not in STANCES: err(stem, "bad stance", m, s)
        P = [m for m, s in r.items() if s == "P"]
        for m, v in t["vetoes"].items():
            if m not in P: err(stem, "veto by non-permanent", m)
            if v not in ("threatened", "cast"): err(stem, "veto kind", v)
            if S.get(m) != "against": err(stem, "vetoing member not against", m)
        nf = sum(s == "for" for s in S.values()); pa = [m for m in P if S.get(m) == "against"]
        full = len(S) == len(r) and all(s in {"for", "against", "abstain"} for s in S.values())
        o = t["outcome"]
        if o in AFTER:
            if any(v != "cast" for v in t["vetoes"].values()): err(stem, "threat in recorded vote")
            if not full: err(stem, "recorded vote: not all members determined (ok only if deliberate)")
            if o == "adopted" and (nf < needed(y) or pa): err(stem, "adopted inconsistent", nf, pa)
            if o == "vetoed" and (nf < needed(y) or not pa or set(t["vetoes"]) != set(pa)): err(stem, "vetoed inconsistent")
            if o.startswith("failed") and (nf >= needed(y) or t["vetoes"]): err(stem, "failed inconsistent")
        elif o in before(needed(y)):
            if o == "blocked by a threatened veto" and not any(v == "threatened" for v in t["vetoes"].values()): err(stem, "blocked without threat")
            if o == "likely to pass" and (nf < needed(y) or t["vetoes"]): err(stem, "likely inconsistent", nf)
            if o.startswith("short of") and (nf >= needed(y) or t["vetoes"]): err(stem, "short inconsistent")
        else: err(stem, "bad outcome", o)
    if negs != 3 or council != 9: err(b, "counts", council, negs)
    if undated < 1: err(b, "no undated article")
    if pre66 < 2: err(b, "fewer than 2 pre-1966")
    print(f"{b}: {council} council + {negs} negatives, {undated} undated, {pre66} pre-1966")
print("\n".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
