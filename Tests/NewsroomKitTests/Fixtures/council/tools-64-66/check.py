"""Validate the blind batches: python3 check.py [batch dirs]"""
import json, os, re, sys
import lib
OUT_POST = {'adopted', 'vetoed', 'failed to obtain the required number of votes'}
def out_pre(n): return {'blocked by a threatened veto', f'short of the {n} votes needed', 'likely to pass', 'undetermined'}
STANCES = {'for', 'against', 'abstain', 'undecided'}
errors = 0
def err(msg):
    global errors; errors += 1; print('  ERROR', msg)

def check_batch(d):
    print(f'== {d}')
    names = sorted(f[:-5] for f in os.listdir(d) if f.endswith('.json') and not f.endswith('.expected.json'))
    exp = sorted(f[:-14] for f in os.listdir(d) if f.endswith('.expected.json'))
    if names != exp: err(f'articles/expected mismatch {set(names) ^ set(exp)}')
    negs = [n for n in names if '_neg_' in n]
    if len(negs) != 3: err(f'{len(negs)} negatives')
    if len(names) - len(negs) != 9: err(f'{len(names) - len(negs)} council stories')
    if not os.path.exists(os.path.join(d, 'README.md')): err('no README.md')
    else:
        readme = open(os.path.join(d, 'README.md')).read()
        for n in names:
            if n not in readme: err(f'{n} not in README')
    pre = 0
    for n in names:
        a = json.load(open(os.path.join(d, n + '.json')))
        t = json.load(open(os.path.join(d, n + '.expected.json')))
        if set(a) != {'id', 'headline', 'date', 'text'}: err(f'{n}: keys {set(a)}')
        if a['id'] != n: err(f'{n}: id {a["id"]}')
        if a['date'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', a['date']): err(f'{n}: date')
        if '\n\n' not in a['text'] or '\n\n\n' in a['text']: err(f'{n}: paragraphs')
        m = re.match(r'b\d\d_(?:neg_)?(\d{4})_', n); fy = int(m.group(1))
        if a['date'] and int(a['date'][:4]) != fy: err(f'{n}: date year')
        if '_neg_' in n:
            if t != {'tally': None}: err(f'{n}: negative with tally')
            continue
        t = t['tally']
        if set(t) != {'outcome', 'stances', 'vetoes', 'year', 'yearInferred', 'needed', 'sponsorTarget'}: err(f'{n}: tally keys')
        y = t['year']
        if y != fy: err(f'{n}: year {y} vs name')
        if t['yearInferred'] != (a['date'] is None): err(f'{n}: yearInferred vs date')
        if t['yearInferred'] and str(y) in a['text'] + a['headline']: err(f'{n}: inferred year appears in text')
        if t['needed'] != lib.needed(y): err(f'{n}: needed')
        md = a['date'][5:] if a['date'] else None
        mem = lib.members(y, md); perm = lib.permanent(y, md)
        st = t['stances']
        for k, v in st.items():
            if k not in mem: err(f'{n}: {k} not a {y} member')
            if v not in STANCES: err(f'{n}: stance {v}')
        for k, v in t['vetoes'].items():
            if k not in perm: err(f'{n}: veto by non-permanent {k}')
            if v not in ('threatened', 'cast'): err(f'{n}: veto kind {v}')
            if st.get(k) != 'against': err(f'{n}: veto by {k} without against')
        c = {s: sum(1 for v in st.values() if v == s) for s in STANCES}
        full = len(st) == len(mem)
        o = t['outcome']
        perm_against = [k for k in perm if st.get(k) == 'against']
        if o in OUT_POST:
            if c['undecided']: err(f'{n}: undecided after a vote')
            if any(v == 'threatened' for v in t['vetoes'].values()): err(f'{n}: threatened after vote')
            if o == 'vetoed':
                if not perm_against or set(t['vetoes']) != set(perm_against): err(f'{n}: vetoed but vetoes {t["vetoes"]} / {perm_against}')
                if full and c['for'] < t['needed']: err(f'{n}: vetoed but fewer than needed for')
            if o == 'adopted':
                if t['vetoes'] or (perm_against and 'procedural' not in n): err(f'{n}: adopted with permanent against')
                if full and c['for'] < t['needed']: err(f'{n}: adopted with {c["for"]} for')
            if o.startswith('failed'):
                if t['vetoes']: err(f'{n}: failed with veto cast')
                if full and c['for'] >= t['needed'] and not perm_against: err(f'{n}: failed with enough votes')
        elif o in out_pre(t['needed']):
            pre += 1
            if any(v == 'cast' for v in t['vetoes'].values()): err(f'{n}: cast before vote')
            thr = bool(t['vetoes'])
            if (o == 'blocked by a threatened veto') != thr: err(f'{n}: blocked vs threatened vetoes')
            unk = len(mem) - len(st)
            if o.startswith('short') and c['for'] + c['undecided'] + unk >= t['needed']: err(f'{n}: short but could reach needed')
            if o == 'likely to pass' and (c['for'] < t['needed'] or perm_against): err(f'{n}: likely to pass but {c}')
            if o == 'undetermined' and (c['for'] >= t['needed'] or c['for'] + c['undecided'] + unk < t['needed']): err(f'{n}: undetermined but {c}')
        else:
            err(f'{n}: outcome {o!r}')
        print(f'  ok {n:60s} {y}{"*" if t["yearInferred"] else " "} {o:45s} for={c["for"]} against={c["against"]} abst={c["abstain"]} und={c["undecided"]} unknown={len(mem)-len(st)} vetoes={t["vetoes"]}')
    return len(names)

dirs = sys.argv[1:] or [d for d in ('blind-59', 'blind-60', 'blind-61') if os.path.isdir(d)]
total = sum(check_batch(d) for d in dirs)
print(f'{total} articles in {len(dirs)} batches, {errors} errors')
sys.exit(1 if errors else 0)
