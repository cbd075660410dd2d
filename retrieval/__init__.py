"""The shop's knowledge: store ingestion, image and text search, FAQ and order look-up.

Entry point: `retrieval.search.Knowledge.load(store_dir)`; see retrieval/README.md.
"""
