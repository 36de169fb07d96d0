"""Bundled data: demo world, scenario presets, icons, translations."""
