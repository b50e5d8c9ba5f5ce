"""Recognises lines of web-page clutter by the cue words of their genre (menus, widgets, appeals, ...)."""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _words(text: str) -> int:
    return len(text.split())


# Short lines: the whole line is one of these genres.
_SHORT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("site navigation", re.compile(
        r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|footer|menu|search)\b.*"
        r"|(?:main )?menu|search|home|sign in|log ?in|sign up|register|back to top|close"
        r"|(?:top|trending|popular|latest|related|recommended|more)(?: (?:content|stories|articles|posts|news|reads|videos|from \w+))*"
        r"(?: (?:trending|popular|latest|related|recommended))?"
        r"|(?:you (?:may|might) also like|read more|more from .{0,40}|more on this (?:story|topic)|most (?:read|popular|viewed)"
        r"|related (?:articles|posts|stories|content|topics|coverage|links)|see also|next article|previous article|recommended for you"
        r"|accessibility help|(?:tags|topics|categories|filed under|posted in)\s*:.*)"
        r")\s*[:.…]?$", _I)),
    ("related link", re.compile(r"^(?:read more|related|see also|also read|more|recommended)\s*:\s*.{3,160}$", _I)),
    ("reader widget", re.compile(
        r"^(?:(?:enable|disable|exit) )?read(?:er|ing)? mode|.*\bfont size\b.*|\d+\s*% font.*|text size|a\s*a\s*a"
        r"|listen to (?:this )?(?:article|story).*|print (?:this )?(?:article|page|story)|\d+ min(?:ute)?s? read"
        r"|reading time:?.*|toggle .*|(?:zoom|increase|decrease) (?:text|font).*$", _I)),
    ("advertisement", re.compile(
        r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post)?|paid (?:content|post)"
        r"|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue.*)\s*[:.…]?$", _I)),
    ("share buttons", re.compile(
        r"^(?:(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|copy link|pocket|flipboard|x)"
        r"(?: (?:this|the))?(?: (?:article|story|post|page|link|on \w+))?[\s|,•·/]*)+$"
        r"|^(?:click to (?:share|email|print)|share (?:this|on|it)\b|follow us\b|like this:?|loading\.{0,3}|opens in (?:a )?new window).{0,80}$", _I)),
    ("publication line", re.compile(
        r"^(?:published|updated|posted|last (?:updated|modified)|first published)\b\s*(?::|on\b|at\b|\d|$).{0,60}$", _I)),
    ("comment prompt", re.compile(
        r"^(?:(?:please )?(?:add|leave|post|write|submit|share) (?:a |your )?(?:comments?|reply|replies|thoughts)\b.{0,60}"
        r"|.{0,40}\b(?:comments? (?:below|section)|in the comments)\b.{0,40}"
        r"|\d+\s+(?:comments?|replies|responses)|comments?(?: \(\d+\))?|view comments|show comments|join the (?:discussion|conversation).*"
        r"|have your say.*|what do you think\??|comments? (?:are|is) closed.*)$", _I)),
    ("subscription appeal", re.compile(
        r"^(?:subscribe|sign up|get (?:our|the)|join (?:our|the)|don['\u2019]t miss|never miss)\b.{0,100}$"
        r"|^(?=.*\b(?:subscri\w+|newsletter)\b)(?=.*\b(?:you|your|our|us|now|today|free|here)\b).{0,140}$", _I)),
    ("copyright notice", re.compile(r"^(?:©|\(c\)|copyright\b).{0,160}$|^.{0,120}\ball rights reserved\b.{0,40}$", _I)),
    ("photo credit", re.compile(r"^(?:photo|image|picture|illustration|video)s?\s*(?:(?:credit|by|courtesy|source|caption)\s*[:,]|:).{0,100}$", _I)),
]

SEPARATOR = re.compile(r"^[\s_\-=*~\u2014\u2013\u2022\u00b7#]{3,}$")

_DISCLAIMER = re.compile(
    r"^disclaimer\b|\b(?:views|opinions|ideas)\b.{0,80}\b(?:do(?:es)? not|don['\u2019]t|doesn['\u2019]t) (?:necessarily )?(?:reflect|represent)"
    r"|\bare (?:the author['\u2019]s|their) own\b.{0,60}\b(?:reflect|represent|endorse)", _I)

# A disclaimer speaks about the piece and its publisher, not about the people in the story.
_PUBLICATION = re.compile(
    r"\b(?:authors?['\u2019]?s?|writers?|contributors?|columnists?|editorial|publisher|point[- ]of[- ]view|their own"
    r"|this (?:article|section|site|website|publication|page|column|blog|post|piece))\b", _I)

_APPEAL_CUES = re.compile(  # what only an appeal says
    r"\bdonat(?:e|es|ed|ion|ions|ing)\b|\btax[- ]deductible\b|\bfundrais\w*|\bsupport (?:us|our|ethical|independent|this work)\b"
    r"|\bplease (?:support|consider|give|help us)\b|\bbecome a (?:member|patron|supporter|subscriber)\b"
    r"|\breaders (?:just )?like you\b|\brequest (?:from|of) you\b|\bmake a (?:gift|contribution|one-time)\b|\bchip in\b"
    r"|\bfunded\b.{0,30}\b(?:readers|supporters|donors|members)\b|\bsubscri(?:be|ption)\b|\bpatreon\b", _I)
_APPEAL_HINTS = re.compile(  # what an appeal says, but an article may say too
    r"\b(?:our|this|independent|ethical) journalism\b|\bas little as\b|\bour (?:website|site|work)\b|\bvisit our\b"
    r"|\bkeep (?:us|this work) (?:going|alive|free)\b|\bbefore you scroll away\b", _I)
_REPORTED = re.compile(r"[,.!?][”\"]\s*(?:\w+\s+){0,3}?(?:said|says|told|added|asked|wrote)\b|\b(?:said|says|told)\s+(?:\w+\s+){0,3}?[“\"]", _I)
_ADDRESS = re.compile(r"\b(?:you|your|we|our|us)\b", _I)


def classify_line(text: str) -> str | None:
    """The kind of clutter a whole line is, or None when it may be article text."""
    line = text.strip()
    if not line:
        return None
    if SEPARATOR.match(line):
        return "separator"
    if _words(line) <= 12 and len(line) <= 120:
        for reason, pattern in _SHORT_RULES:
            if pattern.match(line):
                return reason
        if _is_menu(line):
            return "site navigation"
    if _words(line) <= 80 and _DISCLAIMER.search(line) and (line.lower().startswith("disclaimer") or _PUBLICATION.search(line)):
        return "disclaimer"
    return None


def _is_menu(line: str) -> bool:
    """A row of short menu items separated by bars or bullets."""
    parts = [p.strip() for p in re.split(r"\s*[|•·»]\s*", line) if p.strip()]
    return len(parts) >= 3 and all(_words(p) <= 3 for p in parts)


def appeal_strength(text: str) -> int:
    """How many cues of a donation/subscription appeal a paragraph carries (hints count half)."""
    return 2 * len(_APPEAL_CUES.findall(text)) + len(_APPEAL_HINTS.findall(text))


def is_appeal(text: str, trailing: bool) -> bool:
    """A donation or subscription appeal; outside the trailing block the evidence must be stronger."""
    strong = len(_APPEAL_CUES.findall(text))
    if strong == 0 or _REPORTED.search(text):
        return False  # '"He decided her donations mattered more," she said': an article quoting someone
    score = appeal_strength(text)
    if trailing:
        return score >= 3 or bool(_ADDRESS.search(text))
    return score >= 4 and len(text) < 600


def addresses_reader(text: str) -> bool:
    """Speaks to the reader or for the publisher: you, your, we, our, us."""
    return bool(_ADDRESS.search(text))


def is_lead_in(text: str) -> bool:
    """A short line that opens an appeal ("As you're here…", "A critical message, before you scroll away")."""
    line = text.strip()
    if _words(line) > 12:
        return False
    return line.endswith(("…", "...")) or not re.search(r"[.!?][\"'\u201d\u2019)]*$", line)
