"""Annotations of set 14 (2019 rows) as exact substrings -> wikinews-quotes-gold-14a.tsv."""
import load
FILE = 'wikinews_2019.csv'
OUT = '/work/qblind14a/wikinews-quotes-gold-14a.tsv'
ROWS = [4, 31, 55, 76, 103, 127, 151]
P, G = 'person', 'group'
# (row, start fragment, end fragment or None, kind, speaker, speaker type[, ctx])
A = [
 # row 4 (replaces 7): Ted Cruz term limits
 (4, 'For too long, members of Congress', 'for speedy ratification.', 'direct', 'Ted Cruz', P),
 # row 31: Karol Bagh hotel fire
 (31, 'At least seventeen people died', 'some of whom were hospitalised', 'indirect', 'officials', G),
 (31, 'two Buddhist pilgrims from Myanmar also died', None, 'indirect', 'Myanma embassy', G),
 (31, 'wooden panels led to corridors', 'unusable for escape', 'indirect', 'fire officer', P),
 (31, 'most of the deceased suffocated', None, 'indirect', 'local media', G),
 (31, 'One child was, according to the fire service, among the dead', None, 'indirect', 'fire service', G),
 (31, 'A judicial inquiry was ordered', None, 'indirect', 'police', G),
 (31, 'Deeply saddened by the loss of lives', None, 'direct', 'Narendra Modi', P),
 (31, 'condolences to the families', 'May the injured recover soon.', 'direct', 'Narendra Modi', P),
 (31, 'the deceased child and his mother', 'leapt from the burning hotel', 'indirect', 'eyewitnesses', G),
 (31, 'Buildings can only be constructed', 'carelessness on the part of the owner.', 'direct', 'Satyendra Jain', P),
 (31, 'safety standards are routinely ignored', None, 'indirect', 'activists', G),
 # row 55: Pope Francis, reporting of sexual abuse
 (55, 'priests and nuns of the Catholic churches are expected', 'cover-up happening in the churches', 'indirect', 'Pope Francis', P),
 (55, 'the victims of sexual abuse in churches had a right', 'measures" against the abuse', 'mixed', 'Pope Francis', P),
 (55, 'The crimes of sexual abuse offend Our Lord', "the church's mission", 'direct', 'Pope Francis', P),
 (55, '415 thousand priests and 660 thousand nuns', 'in the church by religious leaders', 'indirect', 'Associated Press', G),
 (55, 'We have said for years that priests', 'hierarchy be exempt?', 'direct', 'Marc Ouellet', P),
 (55, 'People must know that bishops', 'they must be reported.', 'direct', 'Charles Scicluna', P),
 (55, 'The church should establish the law', 'to keep abuse secret', 'direct', 'Peter Iseley', P),
 (55, "Bishops reporting to themselves, that's been", 'are police and prosecutors.', 'direct', 'Peter Iseley', P),
 (55, 'testimony of two witnesses is required', 'for the alleged crime', 'indirect', 'doctrines', G),
 (55, 'the Watch Tower maintains a database', 'protecting alleged sexual abusers', 'indirect', 'recent report by The Atlantic', G),
 # row 76 (replaces 79): Boris Johnson elected Conservative leader
 (76, 'he plans on leaving the European Union', 'regarding future relations', 'indirect', 'Boris Johnson', P),
 # row 103: Trump ousts Bolton
 (103, "he had asked for national security advisor John R. Bolton's", 'tendered it the next morning', 'indirect', 'Donald Trump', P),
 (103, 'I informed John Bolton last night', 'as did others in the Administration,', 'direct', 'Donald Trump', P),
 (103, 'and therefore I asked John for his resignation', 'new National Security Advisor next week.', 'direct', 'Donald Trump', P),
 (103, 'I offered to resign last night', "talk about it tomorrow.'", 'direct', 'John R. Bolton', P),
 (103, "I don't think that any leader around the world", 'change in a material way', 'direct', 'Mike Pompeo', P),
 (103, 'There were many times that Ambassador Bolton', "That's to be sure.", 'direct', 'Mike Pompeo', P),
 # row 127: Joel Smithers sentenced
 (127, 'Smithers gave out the prescriptions', 'from 2015 to 2017', 'indirect', 'prosecutors', G),
 (127, 'Smithers "perpetuated, on a massive scale', 'despair, and destruction.', 'mixed', 'Thomas T. Cullen', P),
 (127, 'The judge recommended mental health treatments', 'a prison near his family', 'indirect', 'WSET-TV', G),
 (127, 'some patients deceived him', None, 'indirect', 'Joel Smithers', P),
 # row 151: US restrictions on flying to Cuba
 (151, 'ongoing repression of the Cuban people', 'for Nicolás Maduro in Venezuela', 'direct', 'Mike Pompeo', P),
 (151, 'I strongly reject new #US blockade measure', 'We shall overcome!', 'direct', 'Bruno Parrilla', P),
 (151, 'the delayed implementation of the new policy', 'to wind down Cuban operations', 'indirect', 'CBS', G),
]

def span(t, a):
    row, sf, ef, kind, spk, typ = a[:6]
    ctx = a[6] if len(a) > 6 else None
    base = 0
    if ctx:
        assert t.count(ctx) == 1, ('ctx not unique', a)
        base = t.index(ctx); hay = ctx
    else:
        hay = t
    assert hay.count(sf) == 1, ('start not unique/absent', hay.count(sf), a)
    s = base + hay.index(sf)
    if ef is None:
        e = s + len(sf)
    else:
        rest = t[s:]
        assert rest.count(ef) == 1, ('end not unique after start', rest.count(ef), a)
        e = s + rest.index(ef) + len(ef)
    sp = t[s:e]
    assert sp == sp.strip(), ('white space at edge', a)
    assert '\n' not in sp and '\t' not in sp, ('newline/tab', a)
    return s, e

def main():
    out = ['# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail']
    for row in ROWS:
        t = load.text(row, FILE)
        qs = sorted((span(t, a) + a[3:6] for a in A if a[0] == row))
        for (s1, e1, *_), (s2, e2, *_) in zip(qs, qs[1:]):
            assert e1 <= s2, ('overlap', row, s1, e1, s2, e2)
        out.append(f'# {FILE} row {row}')
        for s, e, kind, spk, typ in qs:
            sp = t[s:e]
            out.append('\t'.join([FILE, str(row), str(s), str(e), kind, spk, typ, sp[:24], sp[-12:]]))
    assert all(a[0] in ROWS for a in A)
    open(OUT, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(f'wrote {OUT}: {len(ROWS)} articles, {len(A)} quotes')

if __name__ == '__main__':
    main()
