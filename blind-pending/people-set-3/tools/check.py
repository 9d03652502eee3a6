"""check.py [FILE] -- validate the gold file against the corpus and the format rules"""
import sys, re
from load import text, ARTICLES
path = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-people-gold-3.tsv'
lines = open(path, encoding='utf-8').read().split('\n')
errs = []
if lines[-1] != '': errs.append('no final newline')
lines = lines[:-1]
if lines[0] != '# file\trow\tstart\tend\tsurface\tcluster': errs.append('bad header')
headers = []; cur = None; recs = []
for i, l in enumerate(lines[1:], 2):
    m = re.fullmatch(r'# (wikinews_20\d\d\.csv) row (\d+)', l)
    if m:
        cur = (m.group(1), int(m.group(2))); headers.append(cur); continue
    p = l.split('\t')
    if len(p) != 6: errs.append('line %d: %d fields' % (i, len(p))); continue
    f, r, s, e, surf, cl = p
    r, s, e = int(r), int(s), int(e)
    if (f, r) != cur: errs.append('line %d: record outside its article header' % i)
    t = text(f, r)
    if t[s:e] != surf: errs.append('line %d: surface mismatch %r vs %r' % (i, surf, t[s:e]))
    if surf != surf.strip() or not surf: errs.append('line %d: whitespace at span edge' % i)
    if (s > 0 and t[s-1].isalnum()) or (e < len(t) and t[e].isalnum()): errs.append('line %d: span cuts a word %r' % (i, t[max(0,s-3):e+3]))
    if surf.endswith("'s") or surf.endswith("’s"): errs.append('line %d: possessive inside span' % i)
    if not re.fullmatch(r'[a-z0-9]+', cl): errs.append('line %d: cluster id %r not lower-case alnum' % (i, cl))
    recs.append((f, r, s, e, surf, cl, i))
want = [a for a in ARTICLES if len(text(*a)) <= 10000]
if headers != want: errs.append('article headers %s != expected %s' % (headers, want))
order = [(f, r, s) for f, r, s, e, *_ in recs]
keyorder = sorted(order, key=lambda x: (ARTICLES.index((x[0], x[1])), x[2]))
if order != keyorder: errs.append('records not sorted by (article, start)')
for a, b in zip(recs, recs[1:]):
    if a[:2] == b[:2] and b[2] < a[3]: errs.append('overlap at lines %d/%d' % (a[6], b[6]))
# cluster consistency: same surface -> same cluster within an article (warn only)
warn = []
seen = {}
for f, r, s, e, surf, cl, i in recs:
    k = (f, r, surf)
    if k in seen and seen[k] != cl: warn.append('same surface %r in %s row %d has clusters %s/%s' % (surf, f, r, seen[k], cl))
    seen.setdefault(k, cl)
arts = len(headers); people = len(set((f, r, cl) for f, r, s, e, surf, cl, i in recs))
print('articles %d, mentions %d, people (article-cluster pairs) %d' % (arts, len(recs), people))
for y in ('2019', '2020'):
    sub = [x for x in recs if y in x[0]]
    print('  %s: articles %d, mentions %d, people %d' % (y, len([h for h in headers if y in h[0]]), len(sub), len(set((f, r, cl) for f, r, s, e, surf, cl, i in sub))))
for w in sorted(set(warn)): print('WARN', w, '(x%d)' % warn.count(w))
for e in errs: print('ERROR', e)
print('CHECK', 'OK' if not errs else 'FAILED (%d errors)' % len(errs))
