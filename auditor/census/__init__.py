"""The Hub-wide license census on Dask: read snapshots, map partitions, lineage, outputs."""
