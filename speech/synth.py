"""Synthetic customer-service speech for training and evaluating the bundled recognizer.

Text: shopper utterances with randomized product names, order ids, numbers, prices and
spelled-out e-mail addresses, from templates here and, for variety of phrasing, from the
shopper messages of the language model's training dialogues (`model.dialogues`) and from
ordinary English: the example sentences of Debian's WordNet (`wordnet-base`), so that the
recognizer learns how English is spelled, not only this project's phrases.
Voices: Debian's espeak-ng (English accents x voice variants), flite and festival. Some
voices are kept out of training so evaluation hears unseen speakers.
Augmentation: speed, gain, noise, reverberation and an 8 kHz mu-law telephone path.
"""

from __future__ import annotations

import functools
import glob
import os
import random
import re
import subprocess
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch

from speech.audio import MODEL_SAMPLE_RATE, decode_mulaw, encode_mulaw, load_file, resample

# ---------------------------------------------------------------- text


ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """Cardinal number in words, as a speaker says it (no 'and')."""
    assert n >= 0
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    if n < 1_000_000:
        rest = n % 1000
        return number_words(n // 1000) + " thousand" + (
            "" if rest == 0 else " " + number_words(rest))
    rest = n % 1_000_000
    return number_words(n // 1_000_000) + " million" + (
        "" if rest == 0 else " " + number_words(rest))


# How a synthesizer should say a letter that is spelled out; the transcript keeps the letter.
LETTER_SOUNDS = {
    "a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "f": "eff", "g": "jee",
    "h": "aitch", "i": "eye", "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en",
    "o": "oh", "p": "pee", "q": "cue", "r": "ar", "s": "ess", "t": "tee", "u": "you",
    "v": "vee", "w": "double you", "x": "ex", "y": "why", "z": "zee",
}

COLORS = ("black white red blue green yellow navy grey gray silver gold pink purple orange "
          "brown beige olive teal maroon ivory charcoal coral mint burgundy turquoise").split()
MATERIALS = ("cotton wool leather linen silk denim bamboo steel ceramic glass wooden oak "
             "walnut copper aluminum cashmere canvas suede rubber titanium marble velvet").split()
ADJECTIVES = ("classic slim large small mini pro ultra wireless portable waterproof vintage "
              "organic lightweight compact heavy duty premium soft cozy smart electric "
              "outdoor indoor kids mens womens travel deluxe essential everyday").split()
NOUNS = ("sweater jacket hoodie shirt dress skirt jeans boots sneakers sandals scarf hat "
         "gloves backpack wallet watch bracelet necklace earrings ring mug kettle teapot "
         "blender toaster lamp chair table sofa pillow blanket towel rug headphones speaker "
         "charger cable keyboard mouse monitor laptop tablet phone case camera tripod "
         "bottle tumbler pan skillet knife cutting board candle vase planter bike helmet "
         "tent sleeping bag yoga mat dumbbells sunglasses umbrella suitcase perfume "
         "shampoo lotion serum toothbrush razor notebook pen stroller").split()
BRAND_PARTS = ("zen lum ora nova vex tera kai mio sol luna arc bel dor fin gal hex ion jet "
               "kor lyn max nor pax qui ron sky tor uma vio wex xan yar zor ella ix ondo "
               "ara elo ina ust").split()
FIRST_NAMES = ("john mary james linda robert susan michael sarah david karen anna peter "
               "maria lucas emma noah olivia liam sophia ahmed fatima wei chen priya raj "
               "carlos ana jose sofia ivan olga kenji yuki").split()
LAST_NAMES = ("smith jones brown taylor wilson johnson lee martin garcia miller davis lopez "
              "clark lewis walker young allen king wright scott green baker adams nelson "
              "patel kim nguyen singh").split()
DOMAINS = ("gmail dot com", "yahoo dot com", "outlook dot com", "hotmail dot com",
           "icloud dot com", "proton dot me", "example dot org", "mail dot co dot uk")
CITIES = ("london paris berlin madrid chicago boston seattle denver austin toronto "
          "dublin sydney leeds glasgow manchester portland phoenix atlanta miami").split()
MONTHS = ("january february march april may june july august september october november "
          "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def _dictionary_words() -> list[str]:
    """Plain lowercase words from the system word list, for product names and free phrases."""
    try:
        with open("/usr/share/dict/words", encoding="utf-8", errors="ignore") as f:
            words = [w.strip() for w in f]
    except OSError:
        return []
    return [w for w in words if w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 10]


WORDNET_DIR = "/usr/share/wordnet"


@functools.cache
def english_sentences(development: bool = False, root: str = WORDNET_DIR) -> tuple[str, ...]:
    """Ordinary English: the example sentences of WordNet's glosses ("he played a trick on
    me"), 4 to 20 words of letters, as written. One in ten is kept for development clips
    (`development=True`) and never trained on. Empty where WordNet is not installed."""
    out = []
    for path in sorted(glob.glob(os.path.join(root, "data.*"))):
        with open(path, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  ") or "|" not in line:
                    continue
                for example in re.findall(r'"([^"]+)"', line.split("|", 1)[1]):
                    example = example.strip()
                    if (re.fullmatch(r"[A-Za-z][A-Za-z ,.'?!;-]*", example)
                            and 4 <= len(example.split()) <= 20
                            and (zlib.crc32(example.encode()) % 10 == 0) == development):
                        out.append(example)
    return tuple(dict.fromkeys(out))


@dataclass
class Utterance:
    text: str  # the transcript: lowercase words, letters and apostrophes
    spoken: str  # what the synthesizer is given (letters spelled as sounds)


def spoken_name(name: str) -> str:
    """A catalog name as a caller says it: numbers in words ("Tote 921" -> "tote nine
    hundred twenty one"), in the form transcripts are scored in."""
    return normalize_text(re.sub(r"\d{1,6}", lambda m: f" {number_words(int(m.group()))} ",
                                 name))


# Chat shorthand as a caller would say it.
_SAID = {"pls": "please", "plz": "please", "thx": "thanks", "btw": "by the way",
         "asap": "as soon as possible", "ok": "okay", "u": "you"}


def said_message(message: str) -> str | None:
    """A typed shopper message as a caller would say it, in transcript form; None when it
    holds what is spoken differently from how it is written (digits, e-mail, ids, codes)."""
    if re.search(r"[\d@_#/\\&*+=<>|~^$%]", message):
        return None
    words = [_SAID.get(w, w) for w in normalize_text(message.replace("-", " ")).split()]
    return " ".join(words) or None


class TextSampler:
    """Random shopper utterances; every call returns a new transcript / spoken-text pair.

    `messages` is the share drawn from the language model's training dialogues (shopper
    messages said aloud) instead of this module's templates; `english` the share of
    ordinary English sentences (`english_sentences`; `development` draws from the ones kept
    out of training).
    """

    def __init__(self, rng: random.Random, products: Sequence[str] = (),
                 messages: float = 0.0, english: float = 0.0,
                 development: bool = False, wordnet: str = WORDNET_DIR) -> None:
        self.rng = rng
        self.words = _dictionary_words()
        # A shop's own product names: callers then ask about these instead of invented ones.
        self.products = [t for t in (spoken_name(p) for p in products) if t]
        self.messages = messages
        self.english = english
        self._english = english_sentences(development, wordnet) if english else ()
        self._dialogues = None
        self._said: list[str] = []

    def message(self) -> Utterance:
        """A shopper message of a random training dialogue, said aloud."""
        if self._dialogues is None:
            from model.dialogues import DialogueGenerator

            self._dialogues = iter(DialogueGenerator(self.rng.randrange(2**31), typos=False))
        while not self._said:
            example = next(self._dialogues)
            self._said = [t for m in example.messages if m["role"] == "user"
                          if (t := said_message(m["content"]))]
        text = self._said.pop()
        return Utterance(text=text, spoken=text)

    # Each part returns (transcript, spoken) pieces.
    def _letters(self, k: int) -> tuple[str, str]:
        letters = [self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k)]
        return " ".join(letters), ", ".join(LETTER_SOUNDS[c] for c in letters)

    def _digits(self, k: int) -> tuple[str, str]:
        digits = [self.rng.choice(ONES[:10]) for _ in range(k)]
        if self.rng.random() < 0.15:
            digits = ["oh" if d == "zero" else d for d in digits]
        return " ".join(digits), ", ".join(digits)

    def order_id(self) -> tuple[str, str]:
        parts = []
        if self.rng.random() < 0.6:
            parts.append(self._letters(self.rng.randint(1, 3)))
        parts.append(self._digits(self.rng.randint(3, 7)))
        return " ".join(p[0] for p in parts), ", ".join(p[1] for p in parts)

    def brand(self) -> str:
        r = self.rng.random()
        if r < 0.5 and self.words:
            return self.rng.choice(self.words)
        return "".join(self.rng.choice(BRAND_PARTS) for _ in range(self.rng.randint(2, 3)))

    def product(self) -> str:
        if self.products:
            return self.rng.choice(self.products)
        parts = []
        if self.rng.random() < 0.5:
            parts.append(self.brand())
        if self.rng.random() < 0.5:
            parts.append(self.rng.choice(ADJECTIVES))
        if self.rng.random() < 0.5:
            parts.append(self.rng.choice(COLORS))
        if self.rng.random() < 0.35:
            parts.append(self.rng.choice(MATERIALS))
        if self.rng.random() < 0.25 and self.words:
            parts.append(self.rng.choice(self.words))
        parts.append(self.rng.choice(NOUNS))
        if self.rng.random() < 0.2:
            parts.append(number_words(self.rng.choice([2, 3, 5, 7, 10, 12, 20, 100, 300, 500])))
        return " ".join(parts)

    def price(self) -> str:
        whole = self.rng.choice([self.rng.randint(1, 99), self.rng.randint(100, 2000)])
        cents = self.rng.choice([0, 99, 95, 50, 49, self.rng.randint(1, 98)])
        unit = self.rng.choice(["dollars", "euros", "pounds"])
        if cents == 0:
            return f"{number_words(whole)} {unit}"
        if self.rng.random() < 0.5:
            return f"{number_words(whole)} {number_words(cents)}"
        cent_word = "cents" if unit != "pounds" else "pence"
        return f"{number_words(whole)} {unit} and {number_words(cents)} {cent_word}"

    def email(self) -> tuple[str, str]:
        name = self.rng.choice(FIRST_NAMES)
        sep = self.rng.choice([" dot ", " underscore ", " "])
        user = name + sep + self.rng.choice(LAST_NAMES)
        if self.rng.random() < 0.3:
            user += " " + number_words(self.rng.randint(1, 99))
        text = f"{user} at {self.rng.choice(DOMAINS)}"
        return text, text

    def date(self) -> str:
        day = self.rng.randint(1, 28)
        return self.rng.choice([
            f"{self.rng.choice(MONTHS)} {number_words(day)}",
            f"{self.rng.choice(WEEKDAYS)}",
            f"last {self.rng.choice(WEEKDAYS)}",
            f"{number_words(self.rng.randint(2, 14))} days ago",
        ])

    def quantity(self) -> str:
        return number_words(self.rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50]))

    def free_words(self) -> str:
        if not self.words:
            return self.product()
        return " ".join(self.rng.choice(self.words) for _ in range(self.rng.randint(2, 6)))

    def sample(self) -> Utterance:
        rng = self.rng
        if self._english and rng.random() < self.english:
            sentence = rng.choice(self._english)
            return Utterance(text=normalize_text(sentence.replace("-", " ")), spoken=sentence)
        if self.messages and rng.random() < self.messages:
            return self.message()
        p, q, d, c = self.product(), self.quantity(), self.date(), rng.choice(CITIES)
        oid, oid_spoken = self.order_id()
        mail, _ = self.email()
        pr = self.price()
        templates = [
            f"hi do you have the {p} in stock",
            f"is the {p} available in {rng.choice(COLORS)}",
            f"how much is the {p}",
            f"i would like to order {q} {p}",
            f"can i return the {p} i bought {d}",
            "my order number is {oid}",
            "where is my order {oid}",
            f"i ordered the {p} {d} and it has not arrived",
            f"the {p} arrived broken can i get a refund",
            f"can you ship to {c}",
            f"what is the delivery time to {c}",
            f"my email is {mail}",
            f"you can reach me at {mail}",
            f"i was charged {pr} for the {p}",
            f"is the {p} still {pr}",
            f"do you have a cheaper {p} under {pr}",
            "i want to cancel order {oid}",
            f"please change the address on order {{oid}} to {c}",
            f"does the {p} come with a warranty",
            f"what sizes does the {p} come in",
            f"i need {q} of the {p} by {d}",
            "can i speak to a person please",
            "thank you that's all",
            "yes please",
            "no thanks",
            f"hello i have a question about the {p}",
            f"is there a discount code for the {p}",
            "the tracking number says delivered but i didn't get it",
            f"i'd like to exchange the {p} for the {self.product()}",
            f"what's the difference between the {p} and the {self.product()}",
            f"my name is {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            f"the order was placed with {mail}",
            f"i'm looking for a {p} for my {rng.choice(['son', 'daughter', 'wife', 'husband', 'friend', 'mother', 'father'])}",
            f"do you sell {self.free_words()}",
            f"{self.free_words()}",
            f"can you tell me about {self.free_words()}",
            f"it costs {pr}",
            f"order {{oid}} for {pr}",
        ]
        template = rng.choice(templates)
        text = template.replace("{oid}", oid)
        spoken = template.replace("{oid}", oid_spoken)
        return Utterance(text=normalize_text(text), spoken=spoken)


def normalize_text(text: str) -> str:
    """Lowercase words and apostrophes, single spaces: the form transcripts are scored in."""
    keep = "".join(c if c.isalnum() or c in "' " else " " for c in text.lower())
    return " ".join(keep.split())


# ---------------------------------------------------------------- voices


@dataclass(frozen=True)
class Voice:
    engine: str  # espeak | flite | festival
    name: str  # espeak "accent+variant", flite voice, festival voice function
    held_out: bool = False

    @property
    def key(self) -> str:
        return f"{self.engine}:{self.name}"


ESPEAK_ACCENTS = ("en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-us-nyc",
                  "en-gb-x-gbclan", "en-gb-x-gbcwmd")
ESPEAK_VARIANTS = ("", "m1", "m2", "m3", "m4", "m6", "m7", "f1", "f2", "f3", "f4", "f5",
                   "klatt", "klatt3", "Andy", "Annie", "david", "linda", "max", "paul")
# Kept out of training: a whole accent, two variants on every accent, one flite and one
# festival speaker.
HELD_OUT_ESPEAK_ACCENTS = ("en-gb-x-gbcwmd",)
HELD_OUT_ESPEAK_VARIANTS = ("m7", "f4")
FLITE_VOICES = ("kal", "awb", "slt", "kal16", "rms")
HELD_OUT_FLITE = ("rms",)
FESTIVAL_VOICES = ("voice_kal_diphone", "voice_cmu_us_slt_arctic_hts", "voice_ked_diphone")
HELD_OUT_FESTIVAL = ("voice_ked_diphone",)


def all_voices() -> list[Voice]:
    voices = []
    for accent in ESPEAK_ACCENTS:
        for variant in ESPEAK_VARIANTS:
            name = accent + (f"+{variant}" if variant else "")
            held = accent in HELD_OUT_ESPEAK_ACCENTS or variant in HELD_OUT_ESPEAK_VARIANTS
            voices.append(Voice("espeak", name, held))
    voices += [Voice("flite", v, v in HELD_OUT_FLITE) for v in FLITE_VOICES]
    voices += [Voice("festival", v, v in HELD_OUT_FESTIVAL) for v in FESTIVAL_VOICES]
    return voices


def synthesize(voice: Voice, text: str, *, speed: float = 1.0, pitch: int = 50) -> torch.Tensor:
    """Speak `text` with `voice` -> 16 kHz float waveform. `speed` > 1 talks faster."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.wav")
        if voice.engine == "espeak":
            cmd = ["espeak-ng", "-v", voice.name, "-s", str(int(165 * speed)), "-p", str(pitch),
                   "-w", out, text]
        elif voice.engine == "flite":
            cmd = ["flite", "-voice", voice.name, "--setf", f"duration_stretch={1 / speed:.3f}",
                   "-t", text, "-o", out]
        elif voice.engine == "festival":
            txt = os.path.join(tmp, "in.txt")
            with open(txt, "w") as f:
                f.write(text)
            stretch = f"(Parameter.set 'Duration_Stretch {1 / speed:.3f})"
            cmd = ["text2wave", "-eval", f"({voice.name})", "-eval", stretch, txt, "-o", out]
        else:
            raise ValueError(f"unknown engine {voice.engine}")
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)
        wave, rate = load_file(out)
    return resample(wave, rate, MODEL_SAMPLE_RATE)


# ---------------------------------------------------------------- augmentation


@dataclass(frozen=True)
class AugmentOptions:
    speed: tuple[float, float] = (0.9, 1.1)  # resampling speed factor range
    gain_db: tuple[float, float] = (-18.0, 4.0)
    noise_p: float = 0.6
    snr_db: tuple[float, float] = (5.0, 35.0)
    reverb_p: float = 0.3
    telephone_p: float = 0.3  # 8 kHz mu-law round trip
    narrowband_p: float = 0.1  # 8 kHz PCM round trip
    pad_s: tuple[float, float] = (0.05, 0.5)  # silence before and after


def _colored_noise(n: int, rng: torch.Generator, kind: str) -> torch.Tensor:
    white = torch.randn(n, generator=rng)
    if kind == "white":
        return white
    spectrum = torch.fft.rfft(white)
    freqs = torch.arange(spectrum.shape[0], dtype=torch.float32).clamp(min=1.0)
    exponent = 0.5 if kind == "pink" else 1.0
    noise = torch.fft.irfft(spectrum / freqs**exponent, n=n)
    return noise / (noise.std() + 1e-8)


def _room_impulse(rng: torch.Generator, rt60: float) -> torch.Tensor:
    n = int(rt60 * MODEL_SAMPLE_RATE)
    t = torch.arange(n, dtype=torch.float32) / MODEL_SAMPLE_RATE
    rir = torch.randn(n, generator=rng) * torch.exp(-6.9 * t / rt60)
    rir[0] = 1.0 / 0.3  # direct path dominates
    return rir / rir.norm()


def telephone(wave: torch.Tensor, mulaw: bool = True) -> torch.Tensor:
    """16 kHz -> 8 kHz (mu-law) -> 16 kHz, as a call-center gateway delivers it."""
    narrow = resample(wave, MODEL_SAMPLE_RATE, 8000).clamp(-1, 1)
    if mulaw:
        narrow = decode_mulaw(encode_mulaw(narrow))
    return resample(narrow, 8000, MODEL_SAMPLE_RATE)


def augment(wave: torch.Tensor, rng: random.Random, opts: AugmentOptions) -> torch.Tensor:
    gen = torch.Generator().manual_seed(rng.randrange(2**31))
    speed = rng.uniform(*opts.speed)
    if abs(speed - 1.0) > 0.01:
        # Resample then reinterpret at 16 kHz: tempo and pitch change together.
        new_rate = int(round(MODEL_SAMPLE_RATE / speed / 100)) * 100
        wave = resample(wave, MODEL_SAMPLE_RATE, new_rate)
    pads = [torch.zeros(int(rng.uniform(*opts.pad_s) * MODEL_SAMPLE_RATE)) for _ in range(2)]
    wave = torch.cat([pads[0], wave, pads[1]])
    wave = wave / (wave.abs().max() + 1e-8) * 0.7
    if rng.random() < opts.reverb_p:
        rir = _room_impulse(gen, rng.uniform(0.15, 0.7))
        wave = torch.from_numpy(np.convolve(wave.numpy(), rir.numpy())[: wave.shape[0]]).float()
        wave = wave / (wave.abs().max() + 1e-8) * 0.7
    if rng.random() < opts.noise_p:
        noise = _colored_noise(wave.shape[0], gen, rng.choice(["white", "pink", "brown"]))
        snr = rng.uniform(*opts.snr_db)
        power = wave.pow(2).mean().clamp(min=1e-10)
        wave = wave + noise * torch.sqrt(power / 10 ** (snr / 10))
    gain = 10 ** (rng.uniform(*opts.gain_db) / 20)
    wave = (wave / (wave.abs().max() + 1e-8) * 0.7 * gain).clamp(-1, 1)
    r = rng.random()
    if r < opts.telephone_p:
        wave = telephone(wave, mulaw=True)
    elif r < opts.telephone_p + opts.narrowband_p:
        wave = telephone(wave, mulaw=False)
    return wave
