import csv, sys
csv.field_size_limit(sys.maxsize)
BASE = '/work/shared/corpus/wikinews/'
_cache = {}
def rows(file='wikinews_2020.csv'):
    if file not in _cache:
        with open(BASE + file, newline='', encoding='utf-8') as f:
            _cache[file] = list(csv.DictReader(f))
    return _cache[file]
def text(row, file='wikinews_2020.csv'):
    return rows(file)[row]['text']
def meta(row, file='wikinews_2020.csv'):
    return rows(file)[row]
