"""Mandates: who is asked to do what, by when.

Small passes over the model, the linguistic facts in data files (``data/operative_verbs.txt``, ``data/actors.txt``):

1. clauses   - a paragraph's text is cut at its operative verbs: the opening ("Requests") and the second verbs inside
               it ("... and invites their subregional offices", "..., and also requests the President ...").
2. address   - "Requests X[, parenthesis,] to ACTION": the actors are the coordinated noun phrases before the
               infinitive ("and", "as well as"; "including Y" names a member of the group), the action the infinitive
               to the end of the clause. Two verbs sharing one infinitive share the action ("Requests A and invites
               B, ..., to organize ..."). "their offices" is resolved to the previous actor's offices.
3. decide    - "Decides to ACTION" binds the Assembly itself; "Decides that X shall/will/may ACTION" binds X when X
               names an actor (a table entry or an actor's head noun).
4. passive   - inside a mandate clause, "shall be prepared by X" / "to be appointed by X" binds X, marked passive.
5. chapeau   - a paragraph ending in ":" passes its verb and actor ("and in this regard invites participants:") or
               its decision ("Decides that:") to sub-paragraphs that have no verb of their own.
6. deadline  - the first deadline or period of the action (``deadlines.find``), not counting the ones that belong
               to a passive mandate nested in it; named periods of the resolution ("Phase III: ...") date relative
               deadlines.
7. mentions  - an actor named in a paragraph that does not mandate it is a mention, reported apart.

Annexes: only clauses in the first person of a declaration ("We request the Secretary-General to ...",
"and we call upon ...") are mandates; commitments ("We commit to ...") and rules of procedure ("The secretariat
shall ...") are the text's own standing content, not mandates of the resolution, and their mere mentions of
actors are not reported.

The package, by stage: ``verbs`` (the verb table and its forms), ``actors`` (alias table, names in text, actor
phrases), ``clauses`` (clause reading), ``deadlines`` (deadlines and periods as dates), ``extract`` (the passes),
``queries`` (actor and verb queries, the one filter of the CLI and the corpus).
"""

from .actors import Actor, key, table
from .extract import extract
from .queries import (
    OWN,
    RELATIONS,
    Match,
    graph_edges,
    group_name,
    lookup,
    nearest_actors,
    own_and_groups,
    query_names,
    resolve_query,
    resolve_query_keys,
    select,
    short_for_several,
    short_form,
    typo_reading,
)
from .verbs import Verb, force_of, intensified, normalize_verb, verb_of, verb_reading, verbs

__all__ = [
    "Actor", "Match", "OWN", "RELATIONS", "Verb", "extract", "force_of", "graph_edges", "group_name", "key", "lookup",
    "intensified", "nearest_actors", "normalize_verb", "own_and_groups", "query_names", "resolve_query", "resolve_query_keys", "select", "short_for_several", "short_form", "table", "typo_reading", "verb_of", "verb_reading", "verbs",
]  # fmt: skip
