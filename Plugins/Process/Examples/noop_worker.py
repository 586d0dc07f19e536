#!/usr/bin/env python3
"""A worker that does nothing: for measuring the process protocol's own cost per document.

Provides `noop` (an empty list). Worker option `requires` (default ["text"]) chooses which layers Sift
sends, to measure the cost of shipping them too (e.g. ["text", "tokens"]).
"""
import json
import sys

stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
hello = json.loads(stdin.readline())
requires = hello["options"].get("requires", ["text"])
stdout.write(json.dumps({"type": "ready", "protocol": 1, "name": "noop", "requires": requires, "provides": ["noop"]}).encode() + b"\n")
stdout.flush()
for line in stdin:
    request = json.loads(line)
    stdout.write(b'{"type":"result","seq":%d,"layers":{"noop":[]}}\n' % request["seq"])
    stdout.flush()
