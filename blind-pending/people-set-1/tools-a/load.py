import csv, sys
csv.field_size_limit(sys.maxsize)
PATH = '/work/shared/corpus/wikinews/wikinews_2019.csv'
FILE = 'wikinews_2019.csv'
ROWS = [6, 18, 30, 42, 54, 66, 78, 90, 102, 114, 126, 138, 150, 162]
_cache = None
def rows():
    global _cache
    if _cache is None:
        with open(PATH, newline='', encoding='utf-8') as f:
            _cache = list(csv.DictReader(f))
    return _cache
def text(i):
    return rows()[i]['text']
