"""Pattern data (TOML) for the parsers: cue words live here, not in code."""
