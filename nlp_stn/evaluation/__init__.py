"""Quality measures against reference annotations (segmentation, matching)."""
