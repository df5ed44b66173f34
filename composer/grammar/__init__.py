"""Grammar and professionalism checking: LanguageTool (local, own server, premium) or offline.

Blocking calls: the window runs them off the GUI thread. Results are `Finding`s with
category "grammar" or "style", in code-point offsets.
"""
