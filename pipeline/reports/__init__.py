"""What a scan found, written for people and machines: the report and the download script."""
