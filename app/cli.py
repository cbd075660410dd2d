"""The `shopdesk` command.

Each subcommand lives in the module that does the work; that module exposes
`add_arguments(parser)` and `run(args) -> int`. Modules are imported only when their
command runs, so `shopdesk --help` stays fast and a command never pays for another's imports.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("app.server", "run the WebSocket backend (/v1/chat, /v1/agent, /healthz, /metrics)"),
    "demo": ("app.demo", "start Redis if needed, the backend and the front-end on the demo store"),
    "ui": ("app.ui.main", "serve the Gradio customer chat and agent console"),
    "ingest": ("retrieval.ingest", "build or refresh the indexes of a store folder"),
    "train-lm": ("model.train", "train the bundled language model"),
    "train-asr": ("speech.train", "train the bundled speech recognizer"),
    "bench": ("app.bench", "simulated shoppers over the wire protocol at concurrency tiers"),
    "bench-lm": ("model.bench", "the generation engine against sequential generate(), int8"),
}

EVALS: dict[str, tuple[str, str]] = {
    "answers": ("app.evaluate", "answer accuracy through the turn pipeline"),
    "retrieval": ("retrieval.evaluate", "recall@k, MRR and latency of product search"),
    "asr": ("speech.evaluate", "WER, CER, real-time factor and latency of speech recognition"),
}


def _add(subparsers: argparse._SubParsersAction, name: str, module: str, help_text: str) -> None:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(_module=module)
    # Arguments are registered lazily: only for the command actually being run.
    if len(sys.argv) > 1 and name in sys.argv[1:3]:
        importlib.import_module(module).add_arguments(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shopdesk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module, help_text) in COMMANDS.items():
        _add(sub, name, module, help_text)
    eval_parser = sub.add_parser("eval", help="evaluation commands that print JSON")
    eval_sub = eval_parser.add_subparsers(dest="what", required=True)
    for name, (module, help_text) in EVALS.items():
        _add(eval_sub, name, module, help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is not None:
        sys.argv = [sys.argv[0], *argv]
    args = build_parser().parse_args(sys.argv[1:])
    return int(importlib.import_module(args._module).run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
