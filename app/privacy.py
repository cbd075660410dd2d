"""Masking of personal data before it reaches storage, logs or the agent console.

Emails, phone numbers and payment card numbers are replaced by placeholders. Order ids,
prices, quantities and postcodes stay: the conversation needs them and they identify no one
on their own. The order check reads the raw text first (see pipeline), then only masked text
is kept.
"""

from __future__ import annotations

import re

from retrieval.orders import EMAIL

# 13-19 digits, optionally grouped by spaces or dashes; confirmed with the Luhn checksum.
CARD = re.compile(r"(?<![\w.])(?:\d[ -]?){12,18}\d(?![\w.])")
# 9-15 digits with the usual separators, optionally starting with + or a bracketed area code.
PHONE = re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){2,5}(?![\w.])")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _mask_card(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group())
    return "[card]" if 13 <= len(digits) <= 19 and luhn_ok(digits) else m.group()


def _mask_phone(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group())
    return "[phone]" if 9 <= len(digits) <= 15 else m.group()


EMAIL_MASK = "[email]"  # an e-mail address as masked text writes it


def mask(text: str) -> str:
    text = EMAIL.sub(EMAIL_MASK, text)
    text = CARD.sub(_mask_card, text)
    return PHONE.sub(_mask_phone, text)
