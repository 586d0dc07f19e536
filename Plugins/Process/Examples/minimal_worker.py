#!/usr/bin/env python3
"""A complete Sift process stage with nothing but the standard library: marks words written in capitals.

Protocol version 1: JSON Lines on stdin (requests) and stdout (replies); stderr is the log.
"""
import json
import sys

sys.stdin.reconfigure(encoding="utf-8")
sys.stdout.reconfigure(encoding="utf-8")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()  # one line per message, flushed: Sift waits for it


hello = json.loads(sys.stdin.readline())  # {"type": "hello", "protocol": 1, "options": {...}, ...}
minimum = hello["options"].get("minimum_length", 2)
send({"type": "ready", "protocol": 1, "name": "shout", "requires": ["text", "tokens"], "provides": ["shouts"]})

for line in sys.stdin:  # one request per line until Sift closes stdin
    request = json.loads(line)  # {"type": "process", "seq": 1, "id": ..., "text": ..., "layers": {"tokens": [...]}}
    text = request["text"]
    shouts = []
    for token in request["layers"]["tokens"]:  # offsets are code points: text[start:end] is the token
        word = text[token["start"]:token["end"]]
        if len(word) >= minimum and word.isupper():
            shouts.append({"start": token["start"], "end": token["end"], "text": word})
    send({"type": "result", "seq": request["seq"], "layers": {"shouts": shouts}})
