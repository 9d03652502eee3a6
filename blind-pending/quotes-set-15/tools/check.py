"""Validate a set-15 gold TSV."""
import sys, re, load
path = sys.argv[1] if len(sys.argv) > 1 else 'wikinews-quotes-gold-15.tsv'
EXPECT = [('wikinews_2019.csv', r) for r in (2, 26, 50, 74, 122, 146, 170)] + \
         [('wikinews_2020.csv', r) for r in (2, 17, 19, 22, 26)]
HEADER = '# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail'
errs = []; arts = []; n = 0; cur = None; last_end = -1
lines = open(path, encoding='utf-8').read().split('\n')
if lines[-1] == '': lines.pop()
if lines[0] != HEADER: errs.append('bad header')
for i, l in enumerate(lines[1:], 2):
    if l.startswith('#'):
        m = re.fullmatch(r'# (wikinews_\d{4}\.csv) row (\d+)', l)
        if not m: errs.append('%d: bad comment line' % i); continue
        cur = (m.group(1), int(m.group(2))); arts.append(cur); last_end = -1
        continue
    c = l.split('\t')
    if len(c) != 9: errs.append('%d: %d columns' % (i, len(c))); continue
    f, r, s, e, kind, spk, typ, head, tail = c
    r, s, e = int(r), int(s), int(e)
    if cur is None or (f, r) != cur: errs.append('%d: quote not under its article line' % i)
    t = load.text(r, f)
    if not (0 <= s < e <= len(t)): errs.append('%d: offsets out of range' % i); continue
    q = t[s:e]
    if q != q.strip(): errs.append('%d: white space at edge' % i)
    if '\n' in q or '\t' in q: errs.append('%d: newline/tab in span' % i)
    if head != q[:24]: errs.append('%d: head mismatch %r vs %r' % (i, head, q[:24]))
    if tail != q[-12:]: errs.append('%d: tail mismatch %r vs %r' % (i, tail, q[-12:]))
    if kind not in ('direct', 'mixed', 'indirect'): errs.append('%d: kind %r' % (i, kind))
    if typ not in ('person', 'group'): errs.append('%d: speaker type %r' % (i, typ))
    if not spk.strip() or spk != spk.strip(): errs.append('%d: speaker %r' % (i, spk))
    if s < last_end: errs.append('%d: out of order or overlapping' % i)
    last_end = e; n += 1
if arts != EXPECT: errs.append('article lines %r != expected %r' % (arts, EXPECT))
if errs:
    print('\n'.join(errs)); print('FAIL (%d errors)' % len(errs)); sys.exit(1)
print('OK (%d articles, %d quotes)' % (len(arts), n))
