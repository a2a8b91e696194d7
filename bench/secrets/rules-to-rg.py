#!/usr/bin/env python3
"""Writes the regexes of a gitleaks-format config, one per line, for `rg -f` (ripgrep reads RE2-like syntax), and the
count on stderr. With --keywords: the rules' distinct keywords instead, lower-cased, for `rg -i -F -f`."""
import sys
import tomllib

keywords = sys.argv[1] == "--keywords"
with open(sys.argv[-1], "rb") as config:
    rules = tomllib.load(config).get("rules", [])
if keywords:
    words = sorted({word.lower() for rule in rules for word in rule.get("keywords", []) if word})
    sys.stdout.write("\n".join(words) + "\n")
    print(f"{len(words)} keywords of {len(rules)} rules", file=sys.stderr)
    sys.exit(0)
patterns = [rule["regex"] for rule in rules if "regex" in rule]
sys.stdout.write("\n".join(patterns) + "\n")
print(f"{len(patterns)} regexes of {len(rules)} rules", file=sys.stderr)
