#!/usr/bin/env python3
"""Checks the labelled corpus: JSON per line, unique ids, required keys,
no list label left in `text`, resolves_to pointing at an earlier id of the
same file, and prints counts per file, style and language."""
import json, re, sys, glob, os, collections
here = os.path.dirname(os.path.abspath(__file__))
ids, bad = set(), 0
by_file, by_style, by_lang = collections.Counter(), collections.Counter(), collections.Counter()
STYLES = {"gost-7.1","gost-7.0.5","gost-7.0.100","gost-hybrid","footnote","apa","chicago","mla","harvard","ieee","vancouver"}
LANGS = {"ru","kk","uk","be","en","zh-translit","ru-translit"}
LABEL = re.compile(r'^\s*(\[\d+\]|\d+[.)]\s|\d+\s+[^\d\s.,:;–—-])')
for path in sorted(glob.glob(os.path.join(here, '*.jsonl'))):
    seen = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        where = f"{os.path.basename(path)}:{n}"
        try:
            r = json.loads(line)
        except Exception as e:
            print(where, "bad JSON", e); bad += 1; continue
        for k in ("id", "source", "style", "lang", "text", "expected"):
            if k not in r: print(where, "missing", k); bad += 1
        if r["id"] in ids: print(where, "duplicate id", r["id"]); bad += 1
        ids.add(r["id"])
        if r["style"] not in STYLES: print(where, "style?", r["style"]); bad += 1
        if r["lang"] not in LANGS: print(where, "lang?", r["lang"]); bad += 1
        if LABEL.match(r["text"]): print(where, "list label in text?", r["text"][:40]); bad += 1
        e = r["expected"]
        if "type" not in e: print(where, "no type"); bad += 1
        rt = e.get("resolves_to")
        if rt and rt not in seen: print(where, "resolves_to not earlier in file", rt); bad += 1
        for d in ("issued", "accessed"):
            if d in e and not isinstance(e[d].get("date-parts"), list): print(where, "bad date", d); bad += 1
        seen.append(r["id"])
        by_file[os.path.basename(path)] += 1; by_style[r["style"]] += 1; by_lang[r["lang"]] += 1
print("records:", sum(by_file.values()))
for name, c in (("file", by_file), ("style", by_style), ("lang", by_lang)):
    print(name + ":", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
sys.exit(1 if bad else 0)
