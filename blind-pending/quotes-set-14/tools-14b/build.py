# Hand annotations for set 14, 2020 rows (annotator B). Each quote: (start fragment, end fragment or None,
# kind, speaker, speaker type[, ctx]). The span runs from the start of the start fragment to the end of the
# end fragment (or of the start fragment when end is None).
from load import text
FILE = 'wikinews_2020.csv'
OUT = 'wikinews-quotes-gold-14b.tsv'
P, G = 'person', 'group'
A = {
 7: [
  ("he would continue Qaboos's policies", "neutral approach to foreign affairs", 'indirect', 'Haitham bin Tariq Al Said', P),
 ],
 28: [
  ("On Super Tuesday, Sanders secured", "including his home state of Vermont", 'indirect', "CNN's projections", G),
  ("he won, in addition to Vermont", "Colorado, Utah, and California", 'indirect', 'projections by CNN and NPR', G),
  ("he won in Virginia", "Massachusetts, Texas, and Maine", 'indirect', 'projections by CNN and NPR', G),
  ('Three months ago,', None, 'direct', 'Michael Bloomberg', P),
  ('I entered the race for President', 'the next President of the United States.', 'direct', 'Michael Bloomberg', P),
  ('Warren would be suspending her campaign', None, 'indirect', 'NBC News', G),
  ('before she ended her campaign, Klobuchar', 'leading in the polls in Minnesota', 'indirect', 'NPR', G),
  ('the Democratic Party is scheduled to continue', 'North Dakota, and Washington', 'indirect', 'National Conference of State Legislatures', G),
 ],
 38: [
  ('The move gives the federal government', 'extra funding to combat the pandemic', 'indirect', 'NBC News', G),
  ('the COVID-19 outbreak in the United States constitutes', 'constitutes a national emergency', 'direct', 'proclamation', G),
  ('the national emergency began on March 1', 'before the proclamation itself', 'indirect', 'proclamation', G),
  ('public health emergency', None, 'direct', 'United States Department of Health and Human Services', G),
  ('left some experts in disaster management disappointed', None, 'indirect', 'Politico', G),
  ('FEMA has an important role', 'larger response to the crisis', 'direct', 'Tim Manning', P),
  ("[i]f there's an emergency", 'FEMA needs to be involved.', 'direct', 'Tim Manning', P),
 ],
 41: [
  ('spiky skulls evolved at least 25', 'in different kinds of frogs', 'indirect', 'scientists', G),
  ('Superficially, frogs may look similar', 'strange and diverse frogs can be.', 'direct', 'Daniel Paluh', P),
  ('smaller frogs would tend to develop spiky skulls', None, 'indirect', 'scientists', G),
  ('skulls with spikes, grooves or ridges', 'relative to their own body size', 'indirect', 'study', G),
  ('the spikes make it dangerous for predators', "venom sacs under the frog's skin", 'indirect', 'researchers', G),
  ('the frequency of spiky skulls evolving', 'fell into as circumstances arose', 'indirect', 'David Blackburn', P),
  ('Somehow, these frogs are turning on', 'machinery in their DNA.', 'direct', 'David Blackburn', P),
 ],
 43: [
  ('all other US states with elections scheduled', 'switched to entirely mail-in voting', 'indirect', 'reports', G),
  ('former Vice President of the United States Joe Biden has amassed', 'Bernie Sanders has earned 914', 'indirect', 'NPR', G),
  ('ballots would not be counted until 4 p.m.', 'on April 13', 'indirect', 'court order', G),
  ('as of yesterday morning, over 500,000 ballots', 'were not yet sent out', 'indirect', 'Wisconsin Elections Commission', G),
 ],
}
ROWS = sorted(A)
def span(t, q):
    sf, ef, kind, sp, st = q[:5]
    ctx = q[5] if len(q) > 5 else None
    base = 0
    if ctx:
        assert t.count(ctx) == 1, ('ctx not unique', ctx)
        base = t.index(ctx); area = ctx
    else:
        area = t
    assert area.count(sf) == 1, ('start not unique', sf, area.count(sf))
    s = base + area.index(sf)
    if ef is None:
        e = s + len(sf)
    else:
        rest = t[s:]
        assert rest.count(ef) == 1, ('end not unique after start', ef, rest.count(ef))
        e = s + rest.index(ef) + len(ef)
    c = t[s:e]
    assert c == c.strip(), ('white space at edge', c)
    assert '\n' not in c and '\t' not in c, ('newline/tab', c)
    assert kind in ('direct', 'mixed', 'indirect') and st in (P, G)
    return s, e, kind, sp, st
lines = ['# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail']
n = 0
for r in ROWS:
    t = text(r, FILE)
    qs = sorted(span(t, q) for q in A[r])
    for a, b in zip(qs, qs[1:]):
        assert a[1] <= b[0], ('overlap', r, a, b)
    lines.append(f'# {FILE} row {r}')
    for s, e, kind, sp, st in qs:
        c = t[s:e]
        lines.append('\t'.join([FILE, str(r), str(s), str(e), kind, sp, st, c[:24], c[-12:]]))
        n += 1
open(OUT, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(f'wrote {OUT}: {len(ROWS)} articles, {n} quotes')
