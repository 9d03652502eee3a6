"""Validate the set-14 (2019) gold file."""
import re, sys, load
F = sys.argv[1] if len(sys.argv) > 1 else '/work/qblind14a/wikinews-quotes-gold-14a.tsv'
FILE = 'wikinews_2019.csv'
ROWS = [4, 31, 55, 76, 103, 127, 151]
HEADER = '# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail'
GOLD = '/work/main/Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv'
errs = []
def err(n, m): errs.append(f'line {n}: {m}')
lines = open(F, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()
if not lines or lines[0] != HEADER: err(1, 'bad header')
seen, cur, prev_end, nq = [], None, None, 0
for n, l in enumerate(lines[1:], 2):
    if l.startswith('#'):
        m = re.fullmatch(r'# (wikinews_20\d\d\.csv) row (\d+)', l)
        if not m: err(n, 'bad comment line'); continue
        if m.group(1) != FILE: err(n, 'wrong file')
        cur = int(m.group(2)); seen.append(cur); prev_end = None; continue
    c = l.split('\t')
    if len(c) != 9: err(n, f'{len(c)} columns'); continue
    f, row, s, e, kind, spk, typ, head, tail = c
    nq += 1
    if f != FILE: err(n, 'file column')
    if cur is None or int(row) != cur: err(n, 'quote not under its article line')
    t = load.text(int(row), f)
    s, e = int(s), int(e)
    if not (0 <= s < e <= len(t)): err(n, 'offsets out of range'); continue
    sp = t[s:e]
    if sp != sp.strip(): err(n, 'white space at span edge')
    if '\n' in sp or '\t' in sp: err(n, 'newline/tab in span')
    if head != sp[:24]: err(n, f'head mismatch {head!r} vs {sp[:24]!r}')
    if tail != sp[-12:]: err(n, f'tail mismatch {tail!r} vs {sp[-12:]!r}')
    if kind not in ('direct', 'mixed', 'indirect'): err(n, 'kind')
    if typ not in ('person', 'group'): err(n, 'speaker type')
    if not spk.strip() or spk != spk.strip(): err(n, 'speaker empty/padded')
    if re.match(r'(?i)(the|a|an) ', spk): err(n, 'speaker has leading determiner')
    if prev_end is not None and s < prev_end: err(n, 'not in text order or overlapping')
    prev_end = e
if seen != ROWS: err(0, f'article lines {seen} != {ROWS}')
gold_rows = {int(m.group(1)) for m in re.finditer(r'# wikinews_2019\.csv row (\d+)', open(GOLD, encoding='utf-8').read())}
if gold_rows & set(ROWS): err(0, f'rows already in gold: {sorted(gold_rows & set(ROWS))}')
for r in ROWS:
    if r % 12 == 0: err(0, f'row {r} % 12 == 0')
    if len(load.text(r, FILE)) > 10000: err(0, f'row {r} over 10,000 code points')
    if re.search('(?i)wikinews', load.title(r, FILE)): err(0, f'row {r} title names Wikinews')
if errs:
    print('\n'.join(errs)); print(f'FAILED ({len(errs)} errors)'); sys.exit(1)
print(f'OK ({len(seen)} articles, {nq} quotes)')
