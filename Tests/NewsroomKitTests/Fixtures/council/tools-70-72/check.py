"""Validate blind-70..72: well-formed JSON, ids, roster membership, needed, counts, outcomes."""
import json, os, re, sys, datetime
import lib

PROCEDURAL = set()
BATCHES = ["blind-70", "blind-71", "blind-72"]
errors = []
warnings = []
def err(msg): errors.append(msg)

summary = []
for b in BATCHES:
    d = os.path.join(lib.HERE, b)
    if not os.path.isdir(d):
        err(f"{b}: missing folder"); continue
    files = sorted(os.listdir(d))
    arts = [f[:-5] for f in files if f.endswith(".json") and not f.endswith(".expected.json")]
    exps = [f[:-14] for f in files if f.endswith(".expected.json")]
    if sorted(arts) != sorted(exps): err(f"{b}: articles/expected mismatch {set(arts) ^ set(exps)}")
    if "README.md" not in files: err(f"{b}: no README.md")
    else:
        readme = open(os.path.join(d, "README.md"), encoding="utf-8").read()
        for a in arts:
            if a not in readme: err(f"{b}: {a} not in README")
    prefix = "b" + b.split("-")[1] + "_"
    negs = 0
    for a in arts:
        try:
            art = json.load(open(os.path.join(d, a + ".json"), encoding="utf-8"))
            gold = json.load(open(os.path.join(d, a + ".expected.json"), encoding="utf-8"))
        except Exception as e:
            err(f"{a}: bad JSON {e}"); continue
        if set(art) != {"id", "headline", "date", "text"}: err(f"{a}: article keys {set(art)}")
        if art["id"] != a: err(f"{a}: id {art['id']}")
        if not a.startswith(prefix): err(f"{a}: prefix")
        if art["date"] is not None:
            try: datetime.date.fromisoformat(art["date"])
            except Exception: err(f"{a}: bad date {art['date']}")
        t = art["text"]
        if "\n\n" not in t or "\n\n\n" in t or t != t.strip(): err(f"{a}: paragraphing")
        if set(gold) != {"tally"}: err(f"{a}: gold keys")
        tl = gold["tally"]
        m = re.match(prefix + r"(neg_)?(\d{4})_", a)
        if not m: err(f"{a}: name pattern"); continue
        fyear = int(m.group(2))
        if m.group(1):
            negs += 1
            if tl is not None: err(f"{a}: negative with tally")
            summary.append((b, a, fyear, "no tally")); continue
        if tl is None: err(f"{a}: positive without tally"); continue
        keys = {"outcome", "stances", "vetoes", "year", "yearInferred", "needed", "sponsorTarget"}
        if set(tl) != keys: err(f"{a}: tally keys {set(tl) ^ keys}")
        y = tl["year"]
        if y != fyear: err(f"{a}: year {y} vs name {fyear}")
        if art["date"] is None:
            if tl["yearInferred"] is not True: err(f"{a}: null date but yearInferred false")
            if str(tl["year"]) in t or str(tl["year"]) in art["headline"]: err(f"{a}: undated article writes its year")
        else:
            if int(art["date"][:4]) != y: err(f"{a}: date year mismatch")
            if tl["yearInferred"] is not False: err(f"{a}: dated but yearInferred")
        if tl["needed"] != lib.needed(y): err(f"{a}: needed {tl['needed']}")
        ms, perm = lib.members(y), lib.permanent(y)
        if len(ms) != (11 if y < 1966 else 15): err(f"{a}: roster size {len(ms)}")
        st = tl["stances"]
        for k, v in st.items():
            if k not in ms: err(f"{a}: {k} not a {y} member")
            if v not in ("for", "against", "abstain", "undecided"): err(f"{a}: stance {v}")
        for k, v in tl["vetoes"].items():
            if k not in perm: err(f"{a}: veto by non-permanent {k}")
            if v not in ("threatened", "cast"): err(f"{a}: veto kind {v}")
            if st.get(k) != "against": err(f"{a}: veto by {k} without against stance")
        if tl["sponsorTarget"] is not None and not isinstance(tl["sponsorTarget"], int): err(f"{a}: sponsorTarget")
        n = tl["needed"]; out = tl["outcome"]
        f = sum(1 for v in st.values() if v == "for")
        ag = [k for k, v in st.items() if v == "against"]
        und = sum(1 for v in st.values() if v == "undecided")
        unk = len(ms) - len(st)
        permno = [k for k in ag if k in perm]
        casts = {k for k, v in tl["vetoes"].items() if v == "cast"}
        thr = {k for k, v in tl["vetoes"].items() if v == "threatened"}
        if out in lib.POST:
            if thr: err(f"{a}: threatened veto in post-vote outcome")
            if und: err(f"{a}: post-vote with {und} undecided members")
            if unk: warnings.append(f"{a}: post-vote with {unk} members left unknown by the text")
            proc = a in PROCEDURAL
            if f < n: exp = lib.POST[2]
            elif permno and not proc: exp = "vetoed"
            else: exp = "adopted"
            if out != exp: err(f"{a}: outcome {out}, rules give {exp}")
            want_cast = set(permno) if (exp == "vetoed") else set()
            if casts != want_cast: err(f"{a}: vetoes cast {casts} vs {want_cast}")
        elif out in lib.pre_outcomes(n):
            if casts: err(f"{a}: cast veto before a vote")
            if thr: exp = "blocked by a threatened veto"
            elif f + und + unk < n: exp = f"short of the {n} votes needed"
            elif f >= n and not permno: exp = "likely to pass"
            else: exp = "undetermined"
            if out != exp: err(f"{a}: outcome {out}, rules give {exp}")
        else:
            err(f"{a}: unknown outcome {out!r}")
        summary.append((b, a, y, f"{out} (for {f}, against {len(ag)}, abstain {sum(1 for v in st.values() if v=='abstain')}, undecided {und}, unknown {unk})"))
    if negs != 3: err(f"{b}: {negs} negatives")
    if len(arts) != 12: err(f"{b}: {len(arts)} articles")
    pre66 = sum(1 for a in arts if not a.startswith(prefix + "neg") and int(re.match(prefix + r"(\d{4})", a).group(1)) < 1966)
    if pre66 < 2: err(f"{b}: only {pre66} pre-1966 stories")

years = sorted({int(x[2]) for x in summary})
for y in years:
    if lib.csv_elected(y) != lib.roster_elected(y): err(f"roster {y} differs from shared/unsc: {set(lib.csv_elected(y)) ^ set(lib.roster_elected(y))}")
for s in summary: print(*s, sep=" | ")
print()
for w in warnings: print("note:", w)
if errors:
    print(f"{len(errors)} ERROR(S):"); [print(" -", e) for e in errors]; sys.exit(1)
print(f"OK: {len(summary)} articles in {len(BATCHES)} batches, all checks passed")
