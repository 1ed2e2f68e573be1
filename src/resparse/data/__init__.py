"""Facts of UN drafting kept as data files (opening phrases, operative verbs, actor aliases)."""
