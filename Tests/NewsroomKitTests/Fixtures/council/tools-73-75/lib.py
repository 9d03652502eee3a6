"""Helpers for blind-73..75: roster reader, stance filling, file writing."""
import csv, json, os, re

ROSTER_TSV = "/work/main/Resources/council/roster.tsv"
CSV = "/work/shared/unsc/elected-members-by-year.csv"
HERE = os.path.dirname(os.path.abspath(__file__))

POST = ["adopted", "vetoed", "failed to obtain the required number of votes"]
def pre_outcomes(needed):
    return ["blocked by a threatened veto", f"short of the {needed} votes needed",
            "likely to pass", "undetermined"]

_roster = None
def roster_rows():
    global _roster
    if _roster is None:
        _roster = {}
        for line in open(ROSTER_TSV, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            _roster.setdefault(int(f[0]), []).append({"name": f[1], "seat": f[2], "official": f[3]})
    return _roster

def members(year):
    names = []
    for r in roster_rows()[year]:
        if r["name"] not in names:
            names.append(r["name"])
    return names

def permanent(year):
    return [r["name"] for r in roster_rows()[year] if r["seat"] == "P"]

def needed(year):
    return 7 if year < 1966 else 9

# --- cross-check against ../shared/unsc (elected members) and shared/README (2020-) ---
CSV_ALIAS = {"Belarus": "Byelorussia", "Iran (Islamic Republic of)": "Iran",
             "Libyan Arab Jamahiriya": "Libya", "Syrian Arab Republic": "Syria",
             "United Republic of Tanzania": "Tanzania",
             "Venezuela (Bolivarian Republic of)": "Venezuela"}
README_ELECTED = {
 2020: "Belgium, Dominican Republic, Estonia, Germany, Indonesia, Niger, Saint Vincent and the Grenadines, South Africa, Tunisia, Viet Nam",
 2021: "Estonia, India, Ireland, Kenya, Mexico, Niger, Norway, Saint Vincent and the Grenadines, Tunisia, Viet Nam",
 2022: "Albania, Brazil, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, United Arab Emirates",
 2023: "Albania, Brazil, Ecuador, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, United Arab Emirates",
 2024: "Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, Slovenia, Switzerland",
 2025: "Algeria, Denmark, Greece, Guyana, Pakistan, Panama, Republic of Korea, Sierra Leone, Slovenia, Somalia",
}
def csv_elected(year):
    if year in README_ELECTED:
        return sorted(x.strip() for x in README_ELECTED[year].split(","))
    out = []
    with open(CSV, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            y = row["year"].strip()
            y = int(float(y))
            if y != year:
                continue
            n = row["country"].strip()
            n = CSV_ALIAS.get(n, n)
            if n == "Sri Lanka" and year < 1972: n = "Ceylon"
            if n == "Germany" and year < 1991: n = "West Germany"
            if n == "Democratic Republic of the Congo" and 1971 <= year <= 1997: n = "Zaire"
            if n == "Ukraine" and year < 1992: n = "Ukraine"
            out.append(n)
    return sorted(out)

def roster_elected(year):
    return sorted(r["name"] for r in roster_rows()[year] if r["seat"] == "E")

def fill(year, rest=None, **groups):
    """groups: for_=[...], against=[...], abstain=[...], undecided=[...]; rest fills others."""
    ms = members(year)
    st = {}
    for key, names in groups.items():
        stance = key.rstrip("_")
        for n in names:
            assert n in ms, (year, n)
            assert n not in st, (year, n, "twice")
            st[n] = stance
    if rest:
        for n in ms:
            st.setdefault(n, rest)
    return st

def tally(year, outcome, stances, vetoes=None, inferred=False, target=None):
    return {"tally": {"outcome": outcome, "stances": stances, "vetoes": vetoes or {},
                      "year": year, "yearInferred": inferred, "needed": needed(year),
                      "sponsorTarget": target}}

def write(batch, aid, headline, date, text, gold):
    d = os.path.join(HERE, batch)
    os.makedirs(d, exist_ok=True)
    text = "\n\n".join(p.strip() for p in text.strip().split("\n\n"))
    art = {"id": aid, "headline": headline, "date": date, "text": text}
    with open(os.path.join(d, aid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(art, fh, ensure_ascii=False, indent=2); fh.write("\n")
    with open(os.path.join(d, aid + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")
