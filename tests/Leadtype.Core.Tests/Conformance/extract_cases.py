#!/usr/bin/env python3
"""Extracts the conformance cases CC-01…CC-99 from the conversion reference (§18) into
checked-in test data: one folder per case with input.mdx, expected.md (the reference's
output), extra files under files/, and case.json (file path, pipeline, kind).

Run once from the repository root:
  python3 tests/Leadtype.Core.Tests/Conformance/extract_cases.py ../shared/reference/leadtype-conversion.md

Scope decisions (out-of-scope reasons, deliberate differences) are NOT written by this script:
they live in scope.json beside it, edited by hand, so re-extracting never loses them."""
import json
import os
import re
import sys

source = sys.argv[1]
out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Cases")
text = open(source, encoding="utf-8").read()
section = text[text.index("## 18. Conformance cases"):]
parts = re.split(r"^### (CC-\d+) — (.*)$", section, flags=re.M)

def blocks(body):
    """Yields (label line before the block, fence info, content) for each ~~~~~ block."""
    for m in re.finditer(r"^([^\n]*)\n~~~~~(\w*)\n(.*?)\n~~~~~$", body, flags=re.M | re.S):
        yield m.group(1).strip(), m.group(2), m.group(3)

PIPELINES = [
    ("`[includeMarkdown, ...defaultMarkdownTransforms]`", "include+default"),
    ("`leadtype generate` stack", "include+default"),
    ("`defaultMarkdownTransforms`", "default"),
    ("`[]`", "none"),
    ("`[remarkDetailsToMarkdown]`", "default"),
    ("`[[remarkTypeTableToMarkdown, {}]]`", "typetable"),
    ("`[...defaultMarkdownTransforms,", "custom-flattener"),
]

for k in range(1, len(parts), 3):
    case_id, title, body = parts[k], parts[k + 1].strip(), parts[k + 2]
    meta = {"id": case_id, "title": title}
    m = re.search(r"^- File `([^`]+)`; pipeline (.*)$", body, flags=re.M)
    if m:
        meta["file"] = m.group(1)
        pipeline_text = m.group(2)
        meta["pipeline"] = next((name for marker, name in PIPELINES if marker in pipeline_text), "unknown:" + pipeline_text)
    else:
        meta["kind"] = "unit"
    extra = {}
    for em in re.finditer(r"^- Extra file `([^`]+)` = `(\".*\")`$", body, flags=re.M):
        extra[em.group(1)] = json.loads(em.group(2))
    inputs, expected, throws = None, None, None
    for label, info, content in blocks(body):
        if label.startswith("Input (JSON"):
            inputs = json.loads(content)
        elif label.startswith("Input"):
            inputs = inputs if inputs is not None else content + "\n"
        elif label.startswith("Expected output (JSON"):
            expected = json.loads(content)
        elif label.startswith("Expected output"):
            expected = expected if expected is not None else content + "\n"
        elif label.startswith("Expected: the conversion throws"):
            throws = content
    folder = os.path.join(out_dir, case_id)
    os.makedirs(folder, exist_ok=True)
    if inputs is not None:
        # The JSON canonical forms come after the raw blocks and win.
        for label, info, content in blocks(body):
            if label.startswith("Input (JSON"):
                inputs = json.loads(content)
        open(os.path.join(folder, "input.mdx"), "w", encoding="utf-8", newline="").write(inputs)
    if expected is not None:
        for label, info, content in blocks(body):
            if label.startswith("Expected output (JSON"):
                expected = json.loads(content)
        open(os.path.join(folder, "expected.md"), "w", encoding="utf-8", newline="").write(expected)
    if throws is not None:
        meta["originalThrows"] = throws
    for path, content in extra.items():
        target = os.path.join(folder, "files", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "w", encoding="utf-8", newline="").write(content)
    if meta.get("kind") == "unit":
        meta["text"] = body.strip()
    open(os.path.join(folder, "case.json"), "w", encoding="utf-8", newline="\n").write(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(case_id, meta.get("pipeline", meta.get("kind")), "input" if inputs is not None else "", "expected" if expected is not None else "", len(extra))
