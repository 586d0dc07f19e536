"""Helpers for Sift process-stage workers written in Python (process protocol version 1).

Standard library only. A worker is a script that calls `run`:

    import sift_stage

    def process(request, options):
        text = request["text"]                      # offsets are code points: text[start:end]
        return {"my_layer": [...]}                  # one entry per layer the worker provides

    sift_stage.run(process, name="my-stage", requires=["text"], provides=["my_layer"])

`run` answers the handshake, then answers one request per line until standard input closes.
Raise `StageFailure(code, message)` to fail one document; any other exception fails the document
with code `worker_error` (and its traceback goes to stderr, which Sift forwards to its log).
Anything written to stderr is logged; never print to stdout, which carries the protocol.
"""
import json
import sys
import traceback

PROTOCOL = 1


class StageFailure(Exception):
    """Fails the current document with a stable code (e.g. "invalid_input") and a message."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def log(*parts):
    """Writes a line to stderr (Sift forwards it to its log with the worker's name)."""
    print(*parts, file=sys.stderr, flush=True)


def _send(stdout, message):
    stdout.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    stdout.flush()


def run(process, *, name, requires, provides, setup=None):
    """Runs the worker: handshake, then `process(request, state)` for every request.

    `setup(options)` (optional) turns the handshake's `worker_options` into the state passed to
    `process` (load models here); raise ValueError for bad options: the pipeline will not build, and
    the message is shown to the user. Without `setup`, the options themselves are the state.
    """
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    line = stdin.readline()
    if not line:
        return
    hello = json.loads(line)
    if hello.get("protocol") != PROTOCOL:
        _send(stdout, {"type": "error", "message": f"this worker speaks protocol {PROTOCOL}, Sift sent {hello.get('protocol')}"})
        return
    options = hello.get("options") or {}
    try:
        state = setup(options) if setup else options
    except Exception as error:  # noqa: BLE001 - reported to the user as a setup error
        _send(stdout, {"type": "error", "message": str(error)})
        return
    _send(stdout, {"type": "ready", "protocol": PROTOCOL, "name": name, "requires": list(requires), "provides": list(provides)})
    for line in stdin:
        request = json.loads(line)
        seq = request["seq"]
        try:
            reply = {"type": "result", "seq": seq, "layers": process(request, state)}
        except StageFailure as failure:
            reply = {"type": "error", "seq": seq, "code": failure.code, "message": failure.message}
        except Exception as error:  # noqa: BLE001 - one bad document must not end the worker
            traceback.print_exc(file=sys.stderr)
            reply = {"type": "error", "seq": seq, "code": "worker_error", "message": f"{type(error).__name__}: {error}"}
        _send(stdout, reply)
