"""The benchmark command runs end to end on a tiny model and reports every figure."""

import argparse
import json

from model import bench


def test_bench_reports_engine_baselines_and_int8(tiny_mixtral_path, tmp_path, capsys):
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    out = tmp_path / "bench.json"
    args = parser.parse_args([
        "--model", str(tiny_mixtral_path), "--concurrency", "1", "3", "--sequential", "2",
        "--max-new-tokens", "4", "--rates", "50", "--steady-requests", "3", "--output", str(out),
    ])
    assert bench.run(args) == 0
    report = json.loads(out.read_text())
    assert json.loads(capsys.readouterr().out) == report
    assert set(report["engine"]) == {"1", "3"}
    assert report["engine"]["3"]["streams"] == 3 and report["engine"]["3"]["tokens"] > 0
    assert report["engine"]["3"]["ttft_p95_ms"] >= report["engine"]["3"]["ttft_p50_ms"] > 0
    assert report["sequential_generate"]["tokens"] > 0
    assert report["hf_generate_batch"]["tokens"] > 0
    assert report["engine_steady"]["50.0"]["requests"] == 3
    assert report["engine_vs_sequential"]["3"] > 0
    assert report["int8"]["engine"]["3"]["tokens"] > 0
    assert set(report["bfloat16"]["engine"]) == {"1", "3"}
    assert report["bfloat16"]["engine"]["3"]["tokens"] > 0
    assert report["bfloat16"]["ttft_p95_vs_fp32"]["3"] > 0
