"""People in minutes: a list of names with titles, roles and status cues → persons.

"Councillors Adam Jones, Morgan and Ward", "Sue Wilson, Performance and Quality
Manager, and Chris Seekings, Service Improvement Officer",
"Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair)" and
"Cllr Sue Lintern   SL   Chairperson" all come through :func:`split_people`,
which keeps the offsets of every name so that each person carries its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import rules

if TYPE_CHECKING:
    from .layout import Layout


@dataclass(slots=True)
class Person:
    name: str
    start: int  # offsets of the whole entry (name, brackets and role)
    end: int
    honorific: str | None = None
    role: str | None = None
    status: str | None = None  # a status the entry itself states, e.g. "(Chair)"
    initials: str | None = None  # a printed alias such as "SL"
    remote: bool = False


@dataclass(frozen=True)
class PeopleRules:
    honorific: re.Pattern[str]
    titled_name: re.Pattern[str]  # a title and the capital of the name after it, anywhere: "Mr Baldock"
    plural_title: re.Pattern[str]  # a title for several people at the start: "Cllrs. ", "Cllr.’s "
    status_titles: dict[str, str]
    gendered_titles: dict[str, str]
    post_nominal: re.Pattern[str]
    particles: frozenset[str]
    role_words: frozenset[str]
    officer_role: re.Pattern[str]
    status_cues: tuple[tuple[re.Pattern[str], str], ...]
    groups: re.Pattern[str]
    person_nouns: frozenset[str]
    role_titles: frozenset[str]


@lru_cache(maxsize=8)
def people_rules(rules_dir: str | None = None) -> PeopleRules:
    data = rules.load("people", rules_dir)
    honorifics = rules.words([h.rstrip(".") for h in data["honorifics"]])
    return PeopleRules(
        honorific=re.compile(rf"^(?:(?:{honorifics})\.?\s+)+", re.I),
        titled_name=re.compile(rf"\b(?i:{honorifics})\.?\s+[A-Z]"),
        plural_title=re.compile(rf"^(?:{rules.words(data['plural_titles'])})\.?\s+(?=[A-Z])"),
        status_titles={k.lower(): v for k, v in data["status_titles"].items()},
        gendered_titles={k.lower(): v for k, v in data["gendered_titles"].items()},
        post_nominal=re.compile(rf"(?:,?\s+(?:{rules.words(data['post_nominals'])})\.?)+$"),
        particles=frozenset(data["particles"]),
        role_words=frozenset(w.lower() for w in data["role_words"]),
        officer_role=rules.regex(r"\b(?:" + "|".join(data["officer_roles"]) + r")\b"),
        status_cues=tuple((rules.regex(c["pattern"]), c["status"]) for c in data["status_cues"]),
        groups=re.compile(rf"^(?:{rules.words(data['groups'])})$", re.I),
        person_nouns=frozenset(data["person_nouns"]),
        role_titles=frozenset(t.lower() for t in data["role_titles"]),
    )


NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.?(?:[A-Z]\.?)*|O['’][A-Z]\w+|Mc\w+|Mac\w+|(?:de|van|von|di|da|le|la|du|mac|mc)[A-Z][\w'’\-]+)$"
)
BRACKET = re.compile(r"\s*\(([^()]*)\)")
# A printed alias: "SL", "PWh" (two capitals, then up to two more letters).
INITIALS = re.compile(r"^[A-Z]{2}[A-Za-z]{0,2}$")
# A column that starts with the alias of the name before it, the gap before the next name lost: "RW Audrey Cruickshank".
LEADING_INITIALS = re.compile(r"^(?P<initials>[A-Z]{2}[A-Za-z]{0,2})\s+(?=[A-Z][a-z])")
COLUMNS = re.compile(r"\s{3,}|\t+|\s+\|\s+")
SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\n|\s+[–—-]\s+(?=[A-Z]))\s*")


def strip_honorific(text: str, r: PeopleRules | None = None) -> tuple[str, str | None]:
    r = r or people_rules()
    m = r.honorific.match(text)
    if not m:
        return text, None
    return text[m.end() :], " ".join(m.group(0).split()).rstrip(".")


def titles_differ(a: str | None, b: str | None, r: PeopleRules | None = None) -> bool:
    """Whether two titles name a man and a woman ("Mr", "Ms"): then the same name is two people."""
    r = r or people_rules()
    ga = r.gendered_titles.get((a or "").strip(" .").lower())
    gb = r.gendered_titles.get((b or "").strip(" .").lower())
    return ga is not None and gb is not None and ga != gb


def title_status(honorific: str | None, r: PeopleRules | None = None) -> str | None:
    """The status a title gives: "Chair Smith" chairs, "Staff Member Sablan" is staff."""
    if not honorific:
        return None
    r = r or people_rules()
    return r.status_titles.get(honorific.lower())


def clean_name(text: str, r: PeopleRules | None = None) -> tuple[str, str | None]:
    """A name as gold writes it: no honorific, brackets, post-nominals or handles."""
    r = r or people_rules()
    text = BRACKET.sub(" ", text)
    text = re.sub(r"@\w+", " ", text)
    text, honorific = strip_honorific(text.strip(" ,.;:-–—*"), r)
    text = r.post_nominal.sub("", text.strip(" ,.;:")).strip(" ,.;:")
    return " ".join(text.split()), honorific


def looks_like_name(text: str, r: PeopleRules | None = None) -> bool:
    r = r or people_rules()
    tokens = text.replace(".", ". ").split()
    if not tokens or len(tokens) > 5:
        return False
    capitalised = 0
    for tok in tokens:
        low = tok.lower().strip(".,")
        if low in r.particles:
            continue
        initial = len(tok.strip(".")) == 1 and tok[0].isupper()  # "A Armstrong": an initial, not the article
        if (low in r.role_words and not initial) or not NAME_TOKEN.match(tok):
            return False
        capitalised += 1
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
        return False  # "EDC", "SBC": an organisation or a printed alias, not a name
    return capitalised >= 1 and any(len(t.strip(".")) > 1 for t in tokens)


def is_group(text: str, r: PeopleRules | None = None) -> bool:
    r = r or people_rules()
    return bool(r.groups.match(text.strip()))


def status_of(text: str, r: PeopleRules | None = None) -> str | None:
    r = r or people_rules()
    for pattern, status in r.status_cues:
        if pattern.search(text.strip()):
            return status
    return None


def is_officer_role(role: str | None, r: PeopleRules | None = None) -> bool:
    return bool(role) and bool((r or people_rules()).officer_role.search(role or ""))


def split_people(text: str, offset: int = 0, r: PeopleRules | None = None) -> list[Person]:
    """The people of a list of names, each with its offsets in the document.

    ``offset`` is the document offset of ``text[0]``.
    """
    r = r or people_rules()
    people: list[Person] = []
    text = _join_wrapped(text, r)
    for line_start, line in _pieces(text, re.compile(r"\n")):
        columns = [(s, c) for s, c in _pieces(line, COLUMNS) if c.strip()]
        if len(columns) > 1 and looks_like_name(clean_name(columns[0][1], r)[0], r):
            first = _split_entries(columns[0][1], offset + line_start + columns[0][0], r)
            if first:
                last = first[-1]
                for col_start, col in columns[1:]:
                    col = col.strip()
                    lead = LEADING_INITIALS.match(col) if last.initials is None else None
                    if lead and looks_like_name(clean_name(col[lead.end() :], r)[0], r):
                        last.initials = lead.group("initials")
                        col_start += lead.end()
                        col = col[lead.end() :]
                    if not INITIALS.match(col) and looks_like_name(clean_name(col, r)[0], r):
                        # Two columns of names: "Cllr A Jones (Chair)   Cllr B Smith".
                        more = _split_entries(col, offset + line_start + col_start, r)
                        first.extend(more)
                        last = more[-1] if more else last
                        continue
                    if INITIALS.match(col):
                        last.initials = col
                    elif col:
                        cue = status_of(col, r)
                        if cue in ("chair", "vice_chair") and len(col.split()) <= 2:
                            last.status = last.status or cue
                        else:
                            last.role = col if last.role is None else f"{last.role}, {col}"
                            last.status = last.status or cue
                last.end = max(last.end, offset + line_start + columns[-1][0] + len(columns[-1][1].rstrip()))
            people.extend(first)
        else:
            people.extend(_split_entries(line, offset + line_start, r))
    return people


def _join_wrapped(text: str, r: PeopleRules) -> str:
    """A list wrapped mid-entry ("… and Joe Carter" / "(Democratic Services Officer)") is one line; lengths kept."""
    if "\n" not in text:
        return text
    if text.count(";") >= 2:
        return text.replace("\n", " ")  # entries parted by semicolons run on across lines ("Frank" / "Skiles, Alameda;")
    out = list(text)
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "\n":
            before = text[:i].rstrip()
            after = text[i + 1 :].lstrip()
            mid_entry = depth or before.endswith((",", "(", "&", " and", ";")) or after[:1] in ("(", ",") or after[:1].islower()
            if mid_entry or _name_split_at_wrap(before, after, r):
                out[i] = " "
    return "".join(out)


def _name_split_at_wrap(before: str, after: str, r: PeopleRules) -> bool:
    """ "…, Mr Jeremy" / "Kite, MBE, Mr Thomas Mallon, …": in a list run on with commas, a title and a
    first name end the line and the surname alone starts the next (or is all of it: "… and Mr Charles" /
    "Simms")."""
    pieces = LIST_SEPARATOR.split(before[before.rfind("\n") + 1 :])  # the line that ends here, not all before it
    last = pieces[-1].strip()
    title = r.honorific.match(last)
    if len(pieces) < 2 or title is None or len(last[title.end() :].split()) != 1:
        return False
    head = LIST_SEPARATOR.split(after[:200], maxsplit=1)[0].strip()
    return bool(SURNAME_ALONE.fullmatch(head.rstrip(".")))


LIST_SEPARATOR = re.compile(r",|\s+and\s+")
SURNAME_ALONE = re.compile(r"[A-Z][\w'’-]+")


def _pieces(text: str, sep: re.Pattern[str]) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in sep.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def _split_entries(text: str, offset: int, r: PeopleRules) -> list[Person]:
    """Entries separated by commas, "and", ";" — a segment that is no name is the role of the one before."""
    masked = _mask_brackets(text)
    people: list[Person] = []
    segments: list[tuple[int, int, str]] = []  # start, end, the separator before it
    pos, sep = 0, ""
    for m in SPLIT.finditer(masked):
        segments.append((pos, m.start(), sep))
        pos, sep = m.end(), m.group(0).strip()
    segments.append((pos, len(text), sep))
    # "Regina Tillman, Alameda; Steven Garner, Alameda; …": where semicolons part the entries, what follows
    # a comma inside an entry is about the person before it (where they live, whom they represent).
    semicolon_entries = masked.count(";") >= 2
    last_was_role = False
    for start, end, sep in segments:
        raw = text[start:end]
        if not raw.strip():
            continue
        start += len(raw) - len(raw.lstrip())
        raw = raw.strip()
        if r.post_nominal.fullmatch(" " + raw.strip(" .")):
            continue  # "Mr R C Love, OBE": letters after the name
        name, honorific = clean_name(raw, r)
        if r.honorific.fullmatch(raw.strip(" .") + " "):
            name = ""  # "…, Cathaoirleach": a title standing alone is the note of the name before
        about_the_last = semicolon_entries and sep == "," and bool(people)
        if name and looks_like_name(name, r) and not about_the_last:
            person = Person(name=name, start=offset + start, end=offset + end, honorific=honorific)
            person.status = title_status(honorific, r)
            if honorific and honorific.lower() in r.role_titles:
                person.role = honorific  # "Clerk J Brampton": the title is the role
            for note in BRACKET.findall(raw):
                _apply_note(person, note.strip(), r)
            people.append(person)
            last_was_role = False
        elif not about_the_last and _leading_name(raw, r) is not None and len(raw.split()) > 6:
            # "Pam Walker (PW) Locum Clerk: Helen …": a name, then text that is no part of the list.
            lead = _leading_name(raw, r)
            assert lead is not None
            person = Person(name=lead[0], start=offset + start, end=offset + start + lead[1], honorific=clean_name(raw, r)[1])
            for note in BRACKET.findall(raw[: lead[1]]):
                _apply_note(person, note.strip(), r)
            people.append(person)
            last_was_role = False
        elif people:
            # "Performance and Quality Manager" after "Sue Wilson": her role.
            note = BRACKET.sub("", raw).strip(" .")
            if len(note.split()) > 12:
                continue  # a sentence run on after the list, not a role
            if not note:
                continue
            if re.fullmatch(r"(?:virtually|remotely|online|via \w+)", note, re.I):
                people[-1].remote = True
                continue
            joiner = " and " if sep in ("and", "&") and last_was_role else ", "
            _add_role(people[-1], note, r, joiner)
            people[-1].end = offset + end
            last_was_role = True
    return people


def _leading_name(raw: str, r: PeopleRules) -> tuple[str, int] | None:
    """The name a segment starts with, and where its bracketed notes end: "Pam Walker (PW) Locum …"."""
    m = re.match(r"^((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)((?:\s*\([^)]{1,40}\))*)", raw)
    if not m:
        return None
    name, _ = clean_name(m.group(1), r)
    if not name or not looks_like_name(name, r) or len(name.split()) < 2:
        return None
    return name, m.end()


def _add_role(person: Person, note: str, r: PeopleRules, joiner: str = ", ") -> None:
    cue = status_of(note, r)
    if cue in ("chair", "vice_chair") and len(note.split()) <= 2:
        person.status = person.status or cue
        return
    person.role = note if person.role is None else f"{person.role}{joiner}{note}"
    if cue:
        person.status = person.status or cue


def _apply_note(person: Person, note: str, r: PeopleRules) -> None:
    low = note.lower()
    if re.fullmatch(r"(?:virtually|remotely|online|remote|via \w+|by (?:video|phone|teams|zoom))", low):
        person.remote = True
        return
    if INITIALS.match(note):
        person.initials = note
        return
    cue = status_of(note, r)
    if cue in ("chair", "vice_chair") and len(note.split()) <= 3:
        person.status = cue
        return
    if cue == "substitute":
        person.status = "substitute"
        return
    person.role = note if person.role is None else f"{person.role}, {note}"
    if cue:
        person.status = person.status or cue


def _mask_brackets(text: str) -> str:
    """Replace what is inside brackets with x, so separators there do not split."""
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth:
            ch = "x" if ch != "\n" else ch
        out.append(ch)
    return "".join(out)


def initials_of(name: str) -> str:
    return "".join(part[0] for part in name.replace("-", " ").split() if part[:1].isalpha()).upper()


def is_name_list(text: str, r: PeopleRules | None = None) -> bool:
    """Whether a line is only names ("Cllr A Jones (Chair)   Cllr B Smith"), as a roll call prints them."""
    r = r or people_rules()
    parts = [p for p in SPLIT.split(_mask_brackets(COLUMNS.sub(", ", text))) if p and p.strip()]
    if not parts:
        return False
    names = 0
    for position, part in enumerate(parts):
        name, _honorific = clean_name(part, r)
        if name and looks_like_name(name, r):
            names += 1
        elif position and any(w.lower().strip(".,") in r.role_words for w in name.split()):
            continue  # "Mr. E. Hore, Director of Services": the role after the name
        elif name and not INITIALS.match(name.strip()):
            return False
    return names >= 1 and (names >= 2 or bool(r.honorific.match(text.strip())) or len(text.split()) <= 3)


def same_person(a: str, b: str) -> bool:
    """Same surname and compatible first names or initials ("J Hawkins", "Jenni Hawkins")."""
    ta, tb = a.lower().replace(".", " ").split(), b.lower().replace(".", " ").split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    short, long_ = sorted((ta[:-1], tb[:-1]), key=len)
    rest = list(long_)
    for part in short:
        hit = next((x for x in rest if x == part or (len(part) == 1 and x[0] == part) or (len(x) == 1 and part[0] == x)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def speaker_list(
    layout: Layout, headings: re.Pattern[str], item: re.Pattern[str], r: PeopleRules | None = None
) -> Iterator[tuple[int, str | None, int]]:
    """Each bulleted item of a list of speakers: its block's index, who spoke it (or None), and the index of
    the block where that name stands.

    The list follows a heading that ``headings`` finds (or a lettered line that acts as one, "A) Comments by
    the public"); a paragraph or another heading ends it. The speaker is the name at the item's head, which
    ``item`` reads ("● Nina Shah - Elm Street Block Association - …"), else the name set above the items on
    short lines of its own, as minutes in two columns print it ("John Contreras" / "(Chelsea Recreation" /
    "Center)").
    """
    text = layout.text
    under = False
    named: str | None = None
    named_at = -1
    in_name = False  # the blocks since a name line are the rest of it ("(Chelsea Recreation", "Center)")
    for index, block in enumerate(layout.blocks):
        body = text[block.body_start : block.end]
        if headings.search(body) and len(body.split()) <= 12:
            under, named, in_name = True, None, False
            continue
        if not block.bulleted:
            name = body.split("(")[0].strip()
            if under and len(body.split()) <= 4 and (in_name or (len(name.split()) >= 2 and looks_like_name(name, r))):
                if not in_name:
                    named, named_at, in_name = " ".join(name.split()), index, True
                continue
            under = under and block.kind == "list"  # a heading or a paragraph ends the list
            continue
        in_name = False
        if under:
            m = item.match(body)
            yield (index, " ".join(m.group("name").split()), index) if m else (index, named, named_at)
