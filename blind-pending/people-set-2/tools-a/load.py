import csv, sys
csv.field_size_limit(sys.maxsize)
PATH = '/work/shared/corpus/wikinews/wikinews_2019.csv'
ROWS = [9, 21, 33, 45, 57, 69, 81, 93, 105, 117, 129, 141, 153, 165]
MAXLEN = 10000
_cache = None
def rows():
    global _cache
    if _cache is None:
        with open(PATH, newline='', encoding='utf-8') as f:
            r = csv.DictReader(f)
            _cache = list(r)
    return _cache
def text(n):
    return rows()[n]['text']
