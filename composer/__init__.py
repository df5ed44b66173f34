"""Composer: write social media posts that follow your employer's social media policy."""

__version__ = "0.1.0"
