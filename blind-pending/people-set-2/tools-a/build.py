"""Build person-mention gold from per-article surface lists.
usage: python3 build.py            -> writes wikinews-people-gold-2.tsv
       python3 build.py --review   -> per article: mentions found + capitalised words not covered
For every article: NAMES = [(surface, cluster)], every whole-word occurrence is a mention
(longest surfaces first, no overlaps); an occurrence is dropped if it lies inside an
occurrence of any EXCLUDE phrase of that article."""
import sys, re, unicodedata
import load

OUT = '/work/pblind2a/wikinews-people-gold-2.tsv'

SPEC = {
  9: dict(names=[('Carl Lipo','lipo'), ('Jo Anne Val Tilburg','tilburg')], exclude=[]),
  21: dict(names=[('Bruce McArthur','mcarthur'), ('McArthur','mcarthur'),
                  ('Skandaraj Navaratnam','navaratnam'), ('Navaratnam','navaratnam'),
                  ('Andrew Kinsman','kinsman'), ('John Tory','tory'), ('Rachel Giese','giese')],
           exclude=[]),
  33: dict(names=[("Francis D'Souza",'dsouza'), ("D'Souza",'dsouza'), ('Damodar Naik','naik'),
                  ('Manohar Parrikar','parrikar'), ('Manohar','parrikar'),
                  ('Girish Chodankar','chodankar')], exclude=[]),
  45: dict(names=[('Recep Tayyip Erdoğan','erdogan'), ('Erdogan','erdogan'),
                  ('George Katrougalos','katrougalos'), ('Donald Trump','trump'), ('Trump','trump')],
           exclude=[]),
  57: dict(names=[('Doris Day','day'), ('Day','day'), ('Doris Mary Ann Kappelhoff','day'),
                  ('Mary Quant','quant'), ('Rock Hudson','hudson'), ('Hudson','hudson'),
                  ('Ruth Etting','etting'), ('James Cagney','cagney'), ('Alfred Hitchcock','hitchcock'),
                  ('Sara Amundson','amundson'), ('Amundson','amundson'),
                  ('Terry Melcher','terry'), ('Al Jorden','jorden'), ('Jorden','jorden'),
                  ('George Weidler','weidler'), ('Marty Melcher','marty'), ('Barry Comden','comden')],
           exclude=['The Doris Day Show', 'Doris Day Animal Foundation', "Doris Day's Best Friends",
                    'Day after Day', 'Les Brown and His Band of Renown']),
  69: dict(names=[('Muhammadu Buhari','buhari'), ('Patrice Talon','talon'), ('Albert Muchanga','muchanga'),
                  ('Mahamadou Issoufou','issoufou'), ('Abdel Fattah el-Sisi','sisi'),
                  ('Okey Oramah','oramah')], exclude=[]),
  81: dict(names=[('Josh Bash','bash'), ('Bash','bash'), ('Andrés Manuel López Obrador','obrador'),
                  ('Marcelo Ebrard','ebrard'), ('Ebrard','ebrard'), ('Patrick Crusius','crusius'),
                  ('Crusius','crusius'), ('Dee Margo','margo'), ('Greg Allen','allen')],
           exclude=['Allen, Texas']),
  93: dict(names=[('Sirhan Sirhan','sirhan'), ('Sirhan','sirhan'), ('Robert F. Kennedy','kennedy'),
                  ('Kennedy','kennedy'), ('Robert','kennedy'), ('John F. Kennedy','jfk')],
           exclude=['Richard J. Donovan Correctional Facility']),
  105: dict(names=[('Björn Benneke','benneke'), ('Angelos Tsiaras','tsiaras'), ('Ryan Cloutier','cloutier')],
            exclude=[]),
  117: dict(names=[('Nancy Pelosi','pelosi'), ('Pelosi','pelosi'), ('Donald Trump','trump'), ('Trump','trump'),
                   ('Doug Collins','collins'), ('Jerrold Nadler','nadler'),
                   ('Volodymyr Zelensky','zelensky'), ('Zelensky','zelensky'),
                   ('Hunter Biden','hunter'), ('Joe Biden','biden'),
                   ('Andrew Johnson','johnson'), ('Johnson','johnson'),
                   ('Bill Clinton','clinton'), ('Clinton','clinton'), ('Lewinsky','lewinsky'),
                   ('Richard Nixon','nixon')], exclude=[]),
  129: dict(names=[('Mark Hay','hay'), ('Hay','hay')], exclude=[]),
  141: dict(names=[('Eliud Kipchoge','kipchoge'), ('Kipchoge','kipchoge')], exclude=[]),
  153: dict(names=[('Kay Hagan','hagan'), ('Hagan','hagan'), ('Elizabeth Dole','dole'),
                   ('Thom Tillis','tillis'), ('Sadie Weiner','weiner')], exclude=[]),
  165: dict(names=[('Greta Thunberg','thunberg'), ('Thunberg','thunberg'), ('Greta','thunberg'),
                   ('Francis','francis'), ('Nancy Pelosi','pelosi'), ('Donald Trump','trump'),
                   ('Trump','trump'), ('Volodymyr Zelensky','zelensky')], exclude=[]),
}

def wordchar(c):
    return c.isalnum() or c in "-_" or unicodedata.category(c) == 'Mn'

def occurrences(t, s):
    i = t.find(s)
    while i >= 0:
        j = i + len(s)
        if (i == 0 or not wordchar(t[i-1])) and (j == len(t) or not wordchar(t[j])):
            yield i, j
        i = t.find(s, i + 1)

def mentions(n):
    t = load.text(n); spec = SPEC[n]
    excl = [(a, b) for e in spec['exclude'] for a, b in occurrences(t, e)]
    for e in spec['exclude']:
        if not list(occurrences(t, e)):
            print(f'WARNING row {n}: exclusion {e!r} not found', file=sys.stderr)
    taken = []
    out = []
    for s, c in sorted(spec['names'], key=lambda x: -len(x[0])):
        found = 0
        for a, b in occurrences(t, s):
            if any(x <= a and b <= y for x, y in excl):
                continue
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b)); out.append((a, b, s, c)); found += 1
        if found == 0:
            print(f'WARNING row {n}: surface {s!r} never used', file=sys.stderr)
    return sorted(out)

def review(n):
    t = load.text(n); ms = mentions(n)
    print(f'===== row {n}')
    for a, b, s, c in ms:
        ctx = t[max(0, a-30):b+30].replace('\n', ' ')
        print(f'  {a:5d} {b:5d} {s:28s} {c:12s} ...{ctx}...')
    seen = {}
    for m in re.finditer(r"[^\W\d_][\w'’.\-]*", t):
        w = m.group(0)
        if not w[0].isupper(): continue
        a, b = m.span()
        if any(x <= a < y for x, y, _, _ in ms): continue
        seen.setdefault(w.rstrip('.'), []).append(a)
    print('  uncovered capitalised:', ', '.join(f'{w}({len(v)}@{v[0]})' for w, v in sorted(seen.items())))

def main():
    if '--review' in sys.argv:
        rows = [int(x) for x in sys.argv[1:] if x.isdigit()] or load.ROWS
        for n in rows: review(n)
        return
    total = 0
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# file\trow\tstart\tend\tsurface\tcluster\n')
        for n in load.ROWS:
            f.write(f'# wikinews_2019.csv row {n}\n')
            if len(load.text(n)) > load.MAXLEN:
                continue
            for a, b, s, c in mentions(n):
                f.write(f'wikinews_2019.csv\t{n}\t{a}\t{b}\t{s}\t{c}\n'); total += 1
    print(f'wrote {total} mentions to {OUT}')

if __name__ == '__main__':
    main()
