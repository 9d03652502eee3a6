"""Blind gold set 15: annotations as exact substrings -> wikinews-quotes-gold-15.tsv"""
import load
P, G = 'person', 'group'
D, M, I = 'direct', 'mixed', 'indirect'
ROWS = [(2019, r) for r in (2, 26, 50, 74, 122, 146, 170)] + [(2020, r) for r in (2, 17, 19, 22, 26)]
# (year, row, start fragment, end fragment or None, kind, speaker, type[, ctx])
A = [
# 2019 r2 escape room fire
(2019, 2, 'the victims were "joyful', 'an "appalling tragedy', M, 'Andrzej Duda', P),
(2019, 2, 'he had ordered fire safety', 'State Fire Brigade', I, 'Joachim Brudziński', P),
(2019, 2, 'I want to express my sympathy', 'victims of the fire', D, 'Joachim Brudziński', P),
(2019, 2, 'crushing', None, D, 'Andrzej Duda', P),
(2019, 2, 'May God protect', 'loved ones.', D, 'Andrzej Duda', P),
(2019, 2, 'the male victim is in', '"severe burns', M, 'Tomasz Kubiak', P),
(2019, 2, 'police believe him to be aged 25', None, I, 'Monika Kosiec', P),
(2019, 2, 'police have been unable to question him', None, I, 'Monika Kosiec', P),
(2019, 2, 'all five deaths were caused', 'monoxide poisoning', I, 'state press agency PAP', G),
# 2019 r26 Nevada legislature
(2019, 26, "It's been a long, hard fight.", "names I don't know,", D, 'Patricia Ann Spearman', P),
(2019, 26, 'Women in Nevada have said,', "do away with it.'", D, 'Patricia Ann Spearman', P),
(2019, 26, "It's really exciting", 'highlights the importance.', D, 'Selena Torres', P),
(2019, 26, 'Women hold fewer than 30', 'something significant.', D, 'Kelly Dittmar', P),
(2019, 26, 'If we want to see parity', 'in both parties.', D, 'Kelly Dittmar', P),
(2019, 26, 'Before I ran for office', "how do we change that?'", D, 'Jill Tolles', P),
# 2019 r50 Ford emissions
(2019, 50, 'the United States Department of Justice was performing', 'emission testing practices', I, 'Ford Motor Company', G),
(2019, 50, 'the criminal investigation started', 'government on February 21', I, 'Ford Motor Company', G),
(2019, 50, 'the matter "currently focuses', 'another automaker previously', M, 'Ford Motor Company', G),
(2019, 50, 'Ford is fully cooperating', 'technical review', D, 'Ford Motor Company', G),
(2019, 50, 'In addition, we have notified', 'all government agencies.', D, 'Ford Motor Company', G),
(2019, 50, 'Ford started its investigation by hiring law firm Sidley Austin', None, I, 'The Verge', G),
(2019, 50, 'Ford voluntarily disclosed this matter', 'Resources Board on February 21', I, 'financial filing to the U.S. Securities and Exchange Commission', G),
# 2019 r74 Pennsylvania shooting
(2019, 74, 'over a hundred people attended', 'injured in the shooting', I, 'police in Clairton, Pennsylvania', G),
(2019, 74, 'the area is usually quiet', None, I, 'neighbors', G),
(2019, 74, 'Party-goers still at the scene', 'when police arrived', I, 'county police', G),
# 2019 r122 House subpoena / Ukraine
(2019, 122, 'more subpoenas are likely', 'the coming week', I, 'New York Times', G),
(2019, 122, 'Trump may have misused his office', None, I, 'whistle-blower complaint', G),
(2019, 122, 'he did indicate to the Ukrainians', 'addressing corruption', I, 'Donald Trump', P),
(2019, 122, 'he made any specific deal about the Bidens', None, I, 'Donald Trump', P),
(2019, 122, 'I put no pressure on them whatsoever,', None, D, 'Donald Trump', P),
(2019, 122, 'I could have.', 'on them whatsoever.', D, 'Donald Trump', P),
(2019, 122, 'Nobody can put pressure on me', 'six years old.', D, 'Volodymyr Zelensky', P),
(2019, 122, 'If I got a transcript', "openly and clearly.'", D, 'Elie Honig', P),
(2019, 122, 'The only conclusion I can reach', 'or be impeached,', D, 'Ken Gude', P),
(2019, 122, "That's the only explanation", 'this call summary.', D, 'Ken Gude', P),
(2019, 122, 'over 220 members of the House', 'form of impeachment', I, 'poll published by NBC News', G),
(2019, 122, 'wanting to draft articles of impeachment', None, I, 'members of the House of Representatives', G),
(2019, 122, "I'm a big fan of oversight", 'where it goes.', D, 'Mark Amodei', P),
(2019, 122, 'Using government agencies to', "then there's a problem.", D, 'Mark Amodei', P),
# 2019 r146 Elijah Cummings
(2019, 146, 'Cummings had been sick', 'missing from Capitol Hill', I, 'Baltimore Sun', G),
(2019, 146, 'At 2:45 a.m. local time', 'Gilchrist Hospice Care', I, "Elijah Cummings's office", G),
(2019, 146, 'Cummings "worked until', 'his last breath', M, 'Maya Rockeymoore Cummings', P),
(2019, 146, 'Cummings "was a great man,', None, M, 'Chuck Schumer', P),
(2019, 146, 'strength, passion and wisdom', None, D, 'Trump', P),
(2019, 146, 'As of yesterday evening, the process', 'not yet been announced', I, 'Baltimore Sun', G),
# 2019 r170 Don Imus
(2019, 170, 'United States radio personality', 'since Christmas Eve', I, "Don Imus's family", G),
(2019, 170, 'nappy headed hos.', None, D, 'Don Imus', P),
(2019, 170, 'Don loved and adored Deirdre', "Deirdre's second son", D, "Don Imus's family", G),
(2019, 170, 'He was a rebel, an unapologetic', 'earned it.', D, 'Rob Bartlett', P),
(2019, 170, 'I-Man. We salute you.', 'RIP #Imus', D, 'account for The Bernie and Sid Show', G),
(2019, 170, 'he was open to having Imus', 'guest on his show', I, 'Howard Stern', P),
(2019, 170, 'they planned to have a private funeral service for Imus', None, I, "Don Imus's family", G),
# 2020 r2 Iraq parliament
(2020, 2, 'Adil Abdul-Mahdi, the caretaker', 'troops in Iraq withdraw', I, 'NPR', G),
(2020, 2, 'the United States was disappointed', "Parliament's decision", I, 'Morgan Ortagus', P),
(2020, 2, 'While we await further', "today's resolution,", D, 'Morgan Ortagus', P),
(2020, 2, 'we strongly urge Iraqi leaders', 'to Defeat ISIS', D, 'Morgan Ortagus', P),
(2020, 2, 'a serious violation of Iraqi sovereignty', None, D, 'Foreign Ministry of Iraq', G),
# 2020 r17 New Hampshire primaries
(2020, 17, 'the Iowa Democratic Party had finalized', 'Bernie Sanders, with 12', I, 'NBC News', G),
(2020, 17, 'President Trump is expected', "state's 40 delegates", I, 'ABC News', G),
(2020, 17, 'the next Republican primary', 'dozen primary elections', I, 'National Conference of State Legislatures', G),
# 2020 r19 Avenatti
(2020, 19, 'he simply represented his client', 'in a negotiation', I, "Michael Avenatti's legal team", G),
(2020, 19, "Avenatti's debt was a factor", 'his decision making', I, 'United States government', G),
(2020, 19, 'he owed over $850,000', 'debt at the time', I, 'prosecutors', G),
(2020, 19, 'Avenatti is to be sentenced in June', None, I, 'NBC News', G),
(2020, 19, 'Avenatti intended to appeal the conviction', None, I, 'Scott Srebnick', P),
# 2020 r22 Nevada caucuses
(2020, 22, 'Sanders was aided by the support', 'as well as Latino voters', I, 'NBC News', G),
(2020, 22, 'the state could switch', 'primary election instead', I, 'Las Vegas Review-Journal', G),
(2020, 22, 'roughly two-thirds of the Democratic voters', 'primary over a caucus', I, 'Las Vegas Review-Journal', G),
(2020, 22, 'the next Republican primary', 'dozen primary elections', I, 'National Conference of State Legislatures', G),
# 2020 r26 Mir-Mohammadi
(2020, 26, 'Seyed Mohammad Mir-Mohammadi, a council', 'died of COVID-19', I, 'government', G),
(2020, 26, 'he died at the Masih-e-Daneshavari', 'capital city Tehran', I, 'report by Tasnim News Agency', G),
(2020, 26, "A few days back, Mir-Mohammadi's mother", 'after contracting COVID-19', I, 'Tehran Times', G),
(2020, 26, 'The years of his life', 'the Expediency Council.', D, 'Ali Larijani', P),
(2020, 26, 'The definite latest numbers', 'number of deaths is 66', D, 'Ali Reza Raisi', P),
(2020, 26, '291 patients have recovered', 'the virus in Iran', I, 'Johns Hopkins Center for Systems Science and Engineering', G),
]

def span(t, a):
    y, r, s, e, kind, spk, typ = a[:7]
    ctx = a[7] if len(a) > 7 else None
    base = 0
    if ctx:
        assert t.count(ctx) == 1, ('ctx not unique', a); base = t.index(ctx); t2 = ctx
    else:
        t2 = t
    assert t2.count(s) == 1, ('start not unique/absent', t2.count(s), a)
    st = t2.index(s)
    if e is None:
        en = st + len(s)
    else:
        rest = t2[st:]
        assert rest.count(e) == 1, ('end not unique after start', rest.count(e), a)
        en = st + rest.index(e) + len(e)
    st += base; en += base
    c = t[st:en]
    assert c == c.strip() and '\n' not in c and '\t' not in c, ('white space', a)
    return st, en

def main():
    out = ['# file\trow\tstart\tend\tkind\tspeaker\tspeaker type\thead\ttail']
    n = 0
    for y, r in ROWS:
        f = load.fname(y); t = load.text(r, f)
        out.append('# %s row %d' % (f, r))
        qs = []
        for a in A:
            if (a[0], a[1]) != (y, r): continue
            st, en = span(t, a)
            c = t[st:en]
            qs.append((st, en, a[4], a[5], a[6], c[:24], c[-12:]))
        qs.sort()
        for i in range(1, len(qs)):
            assert qs[i][0] >= qs[i-1][1], ('overlap', qs[i-1], qs[i])
        for q in qs:
            out.append('\t'.join([f, str(r)] + [str(x) for x in q]))
        n += len(qs)
    assert n == len(A), 'annotation for a row not in ROWS'
    open('wikinews-quotes-gold-15.tsv', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote %d quotes' % n)
main()
