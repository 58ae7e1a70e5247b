"""Linking: aliases within and across articles, same-event clustering, disagreements."""
