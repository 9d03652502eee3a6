"""Helpers for blind-76.. batches: roster reader and writers."""
import json, os
ROSTER = "/work/main/Resources/council/roster.tsv"
HERE = os.path.dirname(os.path.abspath(__file__))

def roster(year):
    out = {}
    for line in open(ROSTER, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if int(f[0]) == year:
            out[f[1]] = f[2]
    return out

def permanent(year):
    return [m for m, s in roster(year).items() if s == "P"]

def needed(year):
    return 7 if year < 1966 else 9

def fill(year, stances, rest):
    """Give every roster member not in stances the stance `rest`."""
    s = dict(stances)
    for m in roster(year):
        s.setdefault(m, rest)
    return s

def write(batch, ident, headline, date, text, tally):
    d = os.path.join(HERE, batch)
    os.makedirs(d, exist_ok=True)
    art = {"id": ident, "headline": headline, "date": date, "text": text.strip()}
    with open(os.path.join(d, ident + ".json"), "w", encoding="utf-8") as f:
        json.dump(art, f, ensure_ascii=False, indent=2); f.write("\n")
    with open(os.path.join(d, ident + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"tally": tally}, f, ensure_ascii=False, indent=2); f.write("\n")

def tally(outcome, stances, year, vetoes=None, inferred=False, sponsor=None):
    r = roster(year)
    for m in stances:
        assert m in r, (m, year)
    return {"outcome": outcome, "stances": stances, "vetoes": vetoes or {},
            "year": year, "yearInferred": inferred, "needed": needed(year),
            "sponsorTarget": sponsor}

def para(*ps):
    return "\n\n".join(p.strip() for p in ps)
