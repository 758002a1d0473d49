"""`python -m dossier.evaluate SPLIT_DIR [--json] [--layer L]`: the same as `dossier eval`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.evaluate import LAYERS, cli_eval

parser = argparse.ArgumentParser(prog="python -m dossier.evaluate", description=__doc__)
parser.add_argument("split", type=Path)
parser.add_argument("--json", action="store_true")
parser.add_argument("--layer", action="append", choices=LAYERS)
args = parser.parse_args()
sys.exit(cli_eval(args.split, args.json, args.layer))
