#!/usr/bin/env python3
"""A worker that misbehaves on demand, to test (and show) how process stages are supervised.

Provides `marks`: the first word of each document as a span. A word in the text picks a misbehaviour:
CRASH exits with status 3, SEGV dies of SIGSEGV, HANG never answers, GARBAGE writes a line that is
not JSON, BADSPAN returns a span past the end of the text, BYTES counts offsets in UTF-8 bytes,
FAIL reports an invalid_input error, NOISE writes 2 MB to stderr first, SLOW sleeps 0.3 s,
UNDECLARED returns a layer it does not provide.
Worker options: `refuse` (answer the handshake with an error), `protocol` (claim another version),
`exit_at_start` (exit before the handshake), `provides` (declare other layers).
"""
import json
import os
import signal
import sys
import time

sys.stdin.reconfigure(encoding="utf-8")
sys.stdout.reconfigure(encoding="utf-8")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


hello = json.loads(sys.stdin.readline())
options = hello["options"]
print(f"faulty worker {os.getpid()} started", file=sys.stderr, flush=True)
if options.get("exit_at_start"):
    print("giving up before the handshake", file=sys.stderr, flush=True)
    sys.exit(4)
if options.get("refuse"):
    send({"type": "error", "message": "option 'model' names no known model"})
    sys.exit(0)
send({"type": "ready", "protocol": options.get("protocol", 1), "name": "faulty", "requires": ["text"],
      "provides": options.get("provides", ["marks"])})

for line in sys.stdin:
    request = json.loads(line)
    text, seq = request["text"], request["seq"]
    words = text.split()
    first = text.find(words[0]) if words else 0
    span = {"start": first, "end": first + (len(words[0]) if words else 0)}
    if "CRASH" in text:
        print("Traceback (most recent call last):\nRuntimeError: crashing on purpose", file=sys.stderr, flush=True)
        sys.exit(3)
    if "SEGV" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG" in text:
        time.sleep(3600)
    if "GARBAGE" in text:
        print("this is not JSON", flush=True)
        continue
    if "SLOW" in text:
        time.sleep(0.3)
    if "NOISE" in text:
        for _ in range(2048):
            sys.stderr.write("x" * 1023 + "\n")
        sys.stderr.flush()
    if "FAIL" in text:
        send({"type": "error", "seq": seq, "code": "invalid_input", "message": "the text says FAIL"})
        continue
    if "BADSPAN" in text:
        span = {"start": 0, "end": len(text) + 5}
    if "BYTES" in text:
        start = len(text[:first].encode("utf-8"))
        span = {"start": start, "end": start + len(words[0].encode("utf-8")), "text": words[0]}
    layers = {"marks": [span]}
    if "UNDECLARED" in text:
        layers["extra"] = []
    send({"type": "result", "seq": seq, "layers": layers})
