"""Relation extraction: pair rules, sentence rules, then one fact per (source, type, target).

The `racegraph_relations` component runs, per sentence, the pair rules
(`rules.py`, data in `lexicon.py`) and the sentence rules (`sentence.py`),
scores each match, dates it from the nearest date expression, and keeps the
best evidence of each fact in `doc._.rg.facts`. Readings the pair rules
cannot make join them: "A, B's largest backer," (`apposition.py`), "X, who
..., will be Y's chairman" (`carried.relative_roles`), "started by X, ...,
along with Y" (`carried.founding_companions`) and "A and B signed a deal"
(`joint.py`). Roles and places written without their organisation ("Chief
executive X said", "the Seoul-based firm") then take the organisation
in view (`carried.carried_roles`, `carried.carried_places`), with lower
confidence and their own sentence as evidence; so do the listed backers of a
funding round whose company the sentence does not name ("The round was led by
A, with B and C also taking part", `rounds.py`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.catalogue import Catalogue, load_catalogue
from extract.dates import date_of_fact
from extract.relations.administrations import administrations
from extract.relations.adopters import fellow_adopters
from extract.relations.agent_roles import agent_roles
from extract.relations.apposition import tied_appositions
from extract.relations.appositive_seats import appositive_seats
from extract.relations.attribution import without_attributions
from extract.relations.bases import apposed_successors, without_uses_of_bases
from extract.relations.carried import (
    carried_places,
    carried_roles,
    founding_companions,
    person_ties,
    relative_roles,
)
from extract.relations.demonym_homes import demonym_homes
from extract.relations.document_makers import document_makers
from extract.relations.joint import joint_partners
from extract.relations.lexicon import DATED_TYPES, PairRule
from extract.relations.model_subjects import model_subjects
from extract.relations.named import named_facts, named_makers
from extract.relations.negation import undenied
from extract.relations.next_posts import next_posts
from extract.relations.office_titles import office_titles
from extract.relations.one_maker import nearest_makers
from extract.relations.owners import apposed_parents, without_ties_of_owners
from extract.relations.policy_facts import policy_facts
from extract.relations.possessed_lists import possessed_lists
from extract.relations.product_users import product_users
from extract.relations.rival_lists import rival_lists
from extract.relations.role_predicates import role_predicates
from extract.relations.rounds import round_backers
from extract.relations.rule import EVENT_DATED_TYPES, narrated
from extract.relations.rules import Match, match_pairs
from extract.relations.seats_here import seats_here
from extract.relations.sentence import (
    catalogue_links,
    inner_names,
    model_facts,
)
from extract.relations.shared_subjects import shared_subjects
from extract.relations.skipped_clauses import agents_kept_in, skipped_clauses
from extract.relations.tie_references import tie_references
from extract.relations.trained_subjects import trained_subjects
from extract.relations.variant_links import variant_links
from extract.spans import Fact, Found, state

__all__ = ["RelationFinder", "score"]

_FOUNDATION_RULES = ("based_on.vi.foundation", "based_on.en.foundation")


def score(match: Match) -> float:
    """Confidence of a match: the rule's trust, the mentions' trust, the distance.

    >>> from extract.spans import Candidate
    >>> a = Found(0, 1, "A", [Candidate("a", "A", "Organization")])
    >>> b = Found(5, 6, "B", [Candidate("b", "B", "AIModel", "discovery", 0.85)])
    >>> score(Match(PairRule("r", "DEVELOPED", "*", "", confidence=0.8), a, b, 0, 0, 0, 6, 2))
    0.68
    """
    conf = match.rule.confidence
    conf *= min(
        match.source.candidates[match.source_cand].confidence,
        match.target.candidates[match.target_cand].confidence,
    )
    if match.source.ref or match.target.ref:
        conf *= 0.85
    if 5 < match.words < 99:
        conf *= 0.9
    return round(conf, 3)


_HOLDING = frozenset({"OWNS", "PART_OF"})


def _pair(m: Match) -> frozenset[str]:
    """The two entity ids a match ties, either way round."""
    return frozenset((m.source.candidates[m.source_cand].id, m.target.candidates[m.target_cand].id))


def _via_foundation(matches: list[Match]) -> list[Match]:
    """An organisation that used model A as the base for model B developed B (not "uses A")."""
    bases = [m for m in matches if m.rule.name in _FOUNDATION_RULES]
    if not bases:
        return matches
    out = []
    for m in matches:
        base = next((b for b in bases if m.rule.type == "USES" and b.target is m.target), None)
        if base is None:
            out.append(m)
            continue
        rule = PairRule("developed.via_base_model", "DEVELOPED", "*", "", confidence=0.7)
        start, end = min(m.start, base.start), max(m.end, base.end)
        out.append(
            Match(rule, m.source, base.source, m.source_cand, base.source_cand, start, end, m.words)
        )
    return out


class RelationFinder:
    """Pipeline component: facts of every sentence into `doc._.rg.facts`."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = st.text
        by_sentence: dict[int, list[Found]] = {}
        for m in st.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        model_subjects(st, by_sentence)
        tie_references(st, by_sentence)
        best: dict[tuple[str, str, str, int], Fact] = {}
        named = frozenset(c.id for m in st.mentions for c in m.candidates)
        for index, mentions in by_sentence.items():
            matches = inner_names(mentions, named)
            if len(mentions) < 2 and not matches:
                continue
            told = st.sentences[index]
            pairs = match_pairs(text, st.language, mentions)
            pairs += administrations(text, st.language, mentions, self.catalogue)
            matches += pairs + possessed_lists(text, st.language, mentions, pairs)
            if st.language == "en":
                matches += tied_appositions(text, mentions, told.end)
            matches += relative_roles(text, st.language, mentions)
            matches += founding_companions(text, mentions, matches)
            matches += joint_partners(text, st.language, mentions)
            matches += rival_lists(text, st.language, mentions)
            matches += appositive_seats(text, st.language, mentions)
            matches += next_posts(text, st.language, mentions)
            matches = skipped_clauses(text, st.language, mentions, told.end, matches)
            matches = agents_kept_in(text, st.language, mentions, told.end, matches)
            matches += shared_subjects(text, st.language, mentions, matches)
            matches += apposed_successors(text, st.language, mentions)
            matches += apposed_parents(text, st.language, mentions)
            matches += fellow_adopters(text, st.language, mentions, matches)
            matches += trained_subjects(text, st.language, mentions, told.start)
            matches = without_ties_of_owners(without_uses_of_bases(matches))
            matches = named_makers(self.catalogue, _via_foundation(matches))
            matches += model_facts(text, mentions)  # ranks, hosts, compared scores
            matches = policy_facts(st, index, mentions, self.catalogue, matches)
            links = catalogue_links(self.catalogue, text, mentions)
            links += variant_links(self.catalogue, mentions)
            if links:
                linked = {(id(m.source), id(m.target)) for m in matches}
                # a pair the text already ties as owner and owned keeps that tie: "Arm,
                # majority-owned by SoftBank" (or "the British chip designer" read as Arm)
                # is not also PART_OF it
                owned = {_pair(m) for m in matches if m.rule.type in _HOLDING}
                matches += [
                    m
                    for m in links
                    if (id(m.source), id(m.target)) not in linked
                    and (id(m.target), id(m.source)) not in linked
                    and (m.rule.type not in _HOLDING or _pair(m) not in owned)
                ]
            matches = without_attributions(text, mentions, told.start, told.end, matches)
            matches = nearest_makers(text, mentions, matches)
            matches = undenied(text, st.language, told.start, told.end, matches)
            for m in matches:
                self._keep(best, m, index, st)
        # a role told in a relative clause ("X, a former executive who ran Y") is another
        # post than the title the sentence gives X: it leaves that title to be carried
        stated = {
            (k[0], k[1], k[3]) for k, f in best.items() if not f.rule.endswith(".relative_verb")
        }
        agents = [
            (index, m)
            for index, mentions in by_sentence.items()
            for m in agent_roles(text, st.language, mentions)
        ]
        ties = person_ties(best.values(), agents)  # what each person was tied to so far
        carried = carried_roles(st, by_sentence, stated, self.catalogue, ties)
        carried += carried_places(st, by_sentence)
        carried += seats_here(st, by_sentence)
        carried += role_predicates(st, by_sentence, ties) + agents
        carried += round_backers(st, by_sentence)
        carried += office_titles(st, by_sentence, self.catalogue)
        for index, m in carried + demonym_homes(st, by_sentence, self.catalogue):
            self._keep(best, m, index, st)
        for index, m in named_facts(self.catalogue, text, st.mentions, list(best.values())):
            self._keep(best, m, index, st)
        for index, m in document_makers(self.catalogue, st.mentions, list(best.values())):
            self._keep(best, m, index, st)
        for index, m in product_users(self.catalogue, st, by_sentence, list(best.values())):
            self._keep(best, m, index, st)
        st.facts = sorted(best.values(), key=lambda f: (f.start, f.rule))
        return doc

    def _keep(self, best, m: Match, sentence: int, st) -> None:
        """Keep `m` as the fact of its (source, type, target) in `sentence` if it scores best.

        A losing match only lends its date to a kept fact that has none; its `Fact`
        is never built, and its date is only looked up when it could be lent.
        """
        src_id = m.source.candidates[m.source_cand].id
        tgt_id = m.target.candidates[m.target_cand].id
        if src_id == tgt_id:
            return
        type_ = m.rule.type
        if type_ == "ISSUED" and self._foreign_policy(src_id, tgt_id):
            return
        conf = score(m)
        key = (src_id, type_, tgt_id, sentence)
        old = best.get(key)
        if old is not None and conf <= old.confidence:
            if old.date is None and type_ in DATED_TYPES:
                old.date = _date(m, sentence, st)
            return
        date = _date(m, sentence, st) if type_ in DATED_TYPES else None
        if date is None and old is not None:
            date = old.date
        best[key] = Fact(
            m.source, type_, m.target, src_id, tgt_id, m.start, m.end, sentence, m.rule.name,
            conf, date,
        )  # fmt: skip

    def _foreign_policy(self, issuer: str, policy: str) -> bool:
        """Whether the catalogue puts `policy` in another country than `issuer`: China
        imposing "export controls" imposes its own, not the US controls of that alias."""
        home, own = self._nation(policy), self._nation(issuer)
        return home is not None and own is not None and home != own

    def _nation(self, ident: str) -> str | None:
        """The country the catalogue puts `ident` in (a country is its own; a state or
        city, and what is in one, are in its country)."""
        entries = self.catalogue.entries
        entry = entries.get(ident)
        if entry is None:
            return None
        place = entry.country or (ident if entry.type == "Location" else None)
        outer = entries.get(place) if place else None
        return outer.country if outer is not None and outer.country else place


# undoing a rule: the words telling of it date the undoing, not the rule's issuing
_UNDONE = re.compile(
    r"\b(?:rescind|revok|repeal|scrap|tore up|tears up|tearing up|overturn|rolled back|"
    r"rolls back|rolling back|ditch|withdr[ae]w|hủy|huỷ|bãi bỏ|dỡ bỏ|xóa bỏ|xoá bỏ|gỡ bỏ|rút lại)",
    re.IGNORECASE,
)


def _date(m: Match, sentence: int, st) -> str | None:
    """The date of match `m`, from the clause of its cue first (see `date_of_fact`)."""
    if m.rule.type in EVENT_DATED_TYPES and m.source.candidates[m.source_cand].type != "Event":
        return None
    if m.rule.type == "ISSUED":
        # the words of the fact, and for a rule named as its maker's ("the Biden
        # administration's rule"), the verb right before it
        told = st.sentences[sentence]
        named = m.rule.name.endswith((".possessive", ".of"))
        if _UNDONE.search(st.text, max(told.start, m.start - 30) if named else m.start, m.end):
            return None
    left, right = (m.source, m.target) if m.source.start <= m.target.start else (m.target, m.source)
    cue = m.end if m.end > right.end else right.start
    told = ((left.start, left.end), (right.start, right.end), cue)
    return date_of_fact(st, sentence, *told, carried=narrated(m.rule))


@Language.factory("racegraph_relations", default_config={"catalogue_path": None})
def make_relation_finder(nlp: Language, name: str, catalogue_path: str | None) -> RelationFinder:
    return RelationFinder(load_catalogue(catalogue_path))
