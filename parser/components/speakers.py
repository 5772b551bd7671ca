"""Who spoke or asked: a phrase before a verb → a name as in attendees, a group, or None."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..findings import Findings
from ..people import INITIALS, clean_name, is_group, looks_like_name, people_rules, same_person

ROLE_PHRASE = re.compile(r"^(?:the|a|an|one|another|our|their|his|her)\s+[\w'’ -]{2,60}$", re.I)
# "Kirsty for Wheatley Housing": the person, then whom they speak for.
SPEAKING_FOR = re.compile(r"\s+(?:for|of|from|representing|on behalf of)\s+(?:the\s+)?[A-Z][\w&'’ -]{1,60}$")
# "Geason:  Correct.    Moody:  That's …": turns run together on one line leave the end of
# the last turn before the next speaker's name; a word of four or more small letters and a
# full stop ends a sentence (an abbreviation such as "Cllr." or "Mrs." is shorter).
TRAILING_TURN = re.compile(r"^.*\b[A-Za-z][a-z]{3,}[.!?]\s+(?=[A-Z])")


@lru_cache(maxsize=8)
def leading_clause(rules_dir: str | None = None) -> re.Pattern[str]:
    return rules.regex(rules.load("comments", rules_dir)["leading_clause"])


class Speech:
    """Reported speech, "X said …", by the ``speech`` pattern of rules/comments.toml.

    The pattern is tried only on a sentence that has one of its verbs: the
    verbs alone are found by a cue on the lower-cased text, which is far
    cheaper than the pattern's case-insensitive search for a speaker.
    """

    def __init__(self, rules_dir: str | None = None) -> None:
        data = rules.load("comments", rules_dir)
        verbs = "|".join(data["speech_verbs"])
        self.cue = rules.cue(rf"\b(?:{verbs})\b")
        self.pattern = rules.regex(data["speech"].replace("{verbs}", verbs))

    def match(self, sentence: str) -> re.Match[str] | None:
        """The match, with groups ``speaker`` and ``verb``, of a sentence that reports speech."""
        if self.cue.search(sentence.lower()) is None:
            return None
        return self.pattern.match(sentence)


ARTICLES = frozenset(["the", "a", "an"])


class Speakers:
    def __init__(self, findings: Findings, rules_dir: str | None = None) -> None:
        self.rules = people_rules(rules_dir)
        self.leading_clause = leading_clause(rules_dir)
        self.attendees = [f.fields for f in findings.of("attendees")]
        self.findings = findings

    def resolve(self, raw: str | None, at: tuple[int, int] | None = None) -> str | None:
        """A speaker's name as attendees give it, a group as printed, or None if no one spoke.

        With ``at`` (the sentence's offsets), a named person is remembered as a participant of the meeting.
        """
        if not raw:
            return None
        raw = self.leading_clause.sub("", " ".join(raw.split()).strip(" ,.:;")).strip()
        raw = TRAILING_TURN.sub("", raw)
        if not raw or len(raw.split()) > 9:
            return None
        # "Mayor Kibbey and Councilor Bahrman": several speakers; "Cllr.’s A.R. O’Brien, T. Forde, and J. Codd"
        # (a plural title, then a list) too.
        plural = self.rules.plural_title.match(raw)  # people.toml's plural_titles
        if plural:
            raw = raw[plural.end() :]
        separators = r",\s*(?:and\s+)?|\s+and\s+(?:also\s+)?|\s*&\s*" if plural else r"\s+and\s+(?:also\s+)?|\s*&\s*"
        parts = [p for p in re.split(separators, raw) if p]
        if len(parts) > 1 and all(self._one(p) for p in parts):
            return " and ".join(self._one(p) or p for p in parts)
        resolved = self._one(raw)
        if resolved is None and SPEAKING_FOR.search(raw):
            raw = SPEAKING_FOR.sub("", raw)
            resolved = self._one(raw)
        if resolved is None and "," in raw:
            # "Michael John Torrey, Alameda, commented …": the person, then where they live or what they are
            head = raw.split(",", 1)[0].strip()
            resolved = self._one(head)  # "The Chair, Minister for the Cabinet Office, suggested …" too
            raw = head if resolved else raw
        if at is not None and resolved and not is_group(resolved, self.rules) and looks_like_name(resolved, self.rules):
            honorific = clean_name(raw, self.rules)[1]
            # one untitled word ("Dissatisfaction expressed …", "View expressed …") is too weak to add a person
            if honorific or len(resolved.split()) > 1:
                self.findings.participants.append((resolved, honorific, at[0], at[1]))
        return resolved

    def _one(self, raw: str) -> str | None:
        if is_group(raw, self.rules):
            return raw
        token = raw.strip(" .")
        token = re.sub(r"^cllr\.?\s+", "", token, flags=re.I)
        if INITIALS.match(token):
            for person in self.attendees:
                if person.get("initials") == token:
                    return str(person["name"])
            return token
        name, _honorific = clean_name(raw, self.rules)
        if name and looks_like_name(name, self.rules):
            return self.full_name(name)
        words = token.split()
        while len(words) > 1 and words[0][0].isupper() and words[0].lower().strip(".,") in self.rules.role_words - ARTICLES:
            words = words[1:]  # "Executive Secretary Willis", "Board Member McHugh": the role, then the name
        if len(words) < len(token.split()) and looks_like_name(" ".join(words), self.rules):
            return self.full_name(" ".join(words))
        # the last word without a possessive: strip("'’s") would also eat the "s" of "secretary"
        if ROLE_PHRASE.match(raw) and re.sub(r"['’]s$", "", raw.split()[-1].lower()) in self.rules.person_nouns:
            return raw  # "the Finance Director", "a member of the public"
        return None

    def full_name(self, name: str) -> str:
        """ "Ms Carpenter" → "Joanne Carpenter" when one attendee has that surname."""
        surname = name.split()[-1].lower()
        hits = [p for p in self.attendees if str(p["name"]).split()[-1].lower() == surname]
        if not hits and len(name.split()) == 1:
            # "Nadia:" in a transcript is Nadia Kerr when she is the only Nadia.
            hits = [p for p in self.attendees if str(p["name"]).split()[0].lower() == surname and len(str(p["name"]).split()) > 1]
        if len(hits) == 1 and (len(str(hits[0]["name"])) >= len(name) or same_person(str(hits[0]["name"]), name)):
            return str(hits[0]["name"])  # "A.M. Byrne" is Ann Byrne too, though her name is shorter as printed
        return name
