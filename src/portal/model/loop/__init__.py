"""The dissemination loop of the seed documents, as record kinds.

``vocab`` holds the closed vocabularies (no dependency on the record models, so that
``portal.model.records`` can use the plan-task ones); ``kinds`` holds the record kinds:
voter petitions, supervision findings, exemplary models, fact-checks, events and drafts
for comment. Nothing is imported here, to keep that order of imports free of cycles.
"""
