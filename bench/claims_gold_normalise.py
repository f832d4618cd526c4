"""Bring gold files to the set's partial-quote convention: ``python bench/claims_gold_normalise.py FILE.json ...``.

Issue 5 lists "partial quotes inside a sentence" among the direct quotes, and the tuning files 01-39 mark a
sentence of reported speech that holds a quoted fragment as ``direct`` (64 claims against 1). Writers of later
rounds read the format's "indirect (reported speech)" literally and marked such sentences ``indirect``. This
rewrites, mechanically and without running the extractor, every gold claim marked ``indirect`` whose text holds a
quoted span of two or more words (double marks of any language, or single marks standing free of letters, so the
apostrophe of "l'usine" is no quote; the spaces inside « condamnerait » make no second word) to ``direct``, with a
note. A span of capitalised words only is a name or a title in quote marks ("der sich als „Kriminalhauptkommissar
Becker“ ausgab"), not a quote. A claim an earlier run changed that no longer qualifies goes back to ``indirect``;
running it twice changes nothing more.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*\s[^\"“”„«»]*[\"”“»]|(?<!\w)['‘][^'‘’]*\s[^'‘’]*['’](?!\w)")
NOTE = "attribution direct: reported speech holding a partial quote (the set's convention, issue point 2)"


def normalise(path: Path) -> list[str]:
    """Rewrite ``path`` in place; the texts of the claims changed."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    changed = []
    for claim in doc["claims"]:
        text = claim["text"]
        quoted = [match.group(0)[1:-1].split() for match in QUOTED.finditer(text)]
        spoken = any(len(words) >= 2 and not all(word[:1].isupper() for word in words) for words in quoted)
        if claim["attribution"] == "indirect" and spoken and text.lstrip()[:1] not in "\"“„«":
            claim["attribution"] = "direct"
            claim["note"] = f"{claim['note']}; {NOTE}" if claim.get("note") else NOTE
            changed.append(text)
        elif NOTE in claim.get("note", "") and not spoken:
            # An earlier run counted the spaces inside « condamnerait » as two words: undone.
            claim["attribution"] = "indirect"
            note = claim["note"].replace(f"; {NOTE}", "").replace(NOTE, "")
            if note:
                claim["note"] = note
            else:
                del claim["note"]
            changed.append(f"(back to indirect) {text}")
    if changed:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    if len(argv) < 2 or "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    total = 0
    for argument in argv[1:]:
        for text in normalise(Path(argument)):
            print(f"{Path(argument).name}: {text[:100]}")
            total += 1
    print(f"{total} claims changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
