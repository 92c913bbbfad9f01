"""Reading record files from ``data/`` into raw values with positions."""
