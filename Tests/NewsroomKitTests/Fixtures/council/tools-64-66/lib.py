"""Helpers for the blind fixtures: roster by year (names as the project's roster spells them),
cross-checked against ../shared/unsc/elected-members-by-year.csv and the post-2019 list."""
import csv, json, os, re
ROSTER = '/work/main/Resources/council/roster.tsv'
CSV = '/work/shared/unsc/elected-members-by-year.csv'
P5_NAMES = {'China', 'France', 'United Kingdom', 'United States', 'Soviet Union', 'Russia'}

def _load():
    rows = {}
    for line in open(ROSTER, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        y = int(f[0]); rows.setdefault(y, []).append(f)
    return rows
_ROWS = _load()

def members(year, date=None):
    """Set of member names for the year (date 'MM-DD' picks Soviet Union/Russia in 1991)."""
    out = set()
    for f in _ROWS[year]:
        name, frm, until = f[1], f[5] if len(f) > 5 else '', f[6] if len(f) > 6 else ''
        if date:
            if frm and date < frm: continue
            if until and date > until: continue
        out.add(name)
    return out

def permanent(year, date=None):
    return {f[1] for f in _ROWS[year] if f[2] == 'P'} & members(year, date)

def needed(year):
    return 7 if year < 1966 else 9

def size(year):
    return 11 if year < 1966 else 15

def years_with(names):
    return [y for y in sorted(_ROWS) if set(names) <= members(y)]

def write_pair(folder, name, headline, date, text, tally):
    os.makedirs(folder, exist_ok=True)
    art = {'id': name, 'headline': headline, 'date': date, 'text': text.strip()}
    with open(os.path.join(folder, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(art, fh, ensure_ascii=False, indent=2); fh.write('\n')
    with open(os.path.join(folder, name + '.expected.json'), 'w', encoding='utf-8') as fh:
        json.dump({'tally': tally}, fh, ensure_ascii=False, indent=2); fh.write('\n')

def tally(year, outcome, stances, vetoes=None, inferred=False, target=None, rest=None, date=None):
    """rest='for' etc. fills every other member of the year's Council."""
    st = dict(stances)
    if rest:
        for m in sorted(members(year, date)):
            st.setdefault(m, rest)
    return {'outcome': outcome, 'stances': st, 'vetoes': vetoes or {}, 'year': year,
            'yearInferred': inferred, 'needed': needed(year), 'sponsorTarget': target}

def para(*ps):
    return '\n\n'.join(p.strip() for p in ps)
