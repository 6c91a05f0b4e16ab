#!/usr/bin/env python3
"""Convert the OpenAPI contract (YAML) into the compact JSON the build embeds.

Usage: scripts/convert-contract.py SPEC.yaml OUT.json

Qt reads no YAML, so the repository keeps a JSON copy of the contract under
resources/api/. Run this again whenever the contract changes; the output is
deterministic (keys keep their order, no whitespace).
"""
import json
import sys

import yaml


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    # YAML turns status codes like 200 into ints when unquoted; JSON keys must be strings.
    def fix(node):
        if isinstance(node, dict):
            return {str(k): fix(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(fix(doc), f, ensure_ascii=False, separators=(",", ":"), default=str)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
