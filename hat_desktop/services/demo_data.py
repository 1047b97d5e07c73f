"""Made-up people and places for the demo clinic (no real person's data)."""

import io
import random

from PIL import Image, ImageDraw, ImageFont

from hat_desktop.domain.patients import nhs_check_digit
from hat_desktop.paths import asset

FIRST_NAMES = [
    "Adam", "Bethany", "Callum", "Danielle", "Elliot", "Faye", "Gareth", "Hayley", "Ian",
    "Jodie", "Kieran", "Leanne", "Martin", "Nicola", "Owen", "Paula", "Ryan", "Stacey",
    "Thomas", "Vicky", "Wayne", "Zoë", "Craig", "Gemma", "Liam", "Rachel", "Shaun", "Kerry",
]
SURNAMES = [
    "Atkinson", "Brown", "Carr", "Dobson", "Elliott", "Fletcher", "Garbutt", "Harrison",
    "Iveson", "Jackson", "Kirby", "Lawson", "Metcalfe", "Nixon", "O'Neill", "Pearson",
    "Robson", "Swales", "Thompson", "Watson", "Young", "Ó Briain", "Kowalski", "Nowak",
]
STREETS = [
    "Linthorpe Road", "Albert Road", "Borough Road", "Parliament Road", "Union Street",
    "Acklam Road", "Marton Road", "Newport Road", "Princes Road", "Waterloo Road",
]
ALERTS = [
    "", "", "", "", "Allergy: penicillin.", "Poor venous access: groin injection risk.",
    "Hepatitis C positive.", "History of overdose (2024).", "Epilepsy: ask about fits.",
]
_AVATAR_COLOURS = ["#1d4f73", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c", "#ef6c00", "#37474f"]


def valid_nhs_number(rng: random.Random) -> str:
    while True:
        first = f"{rng.randint(400_000_000, 799_999_999)}"
        check = nhs_check_digit(first)
        if check is not None:
            return first + str(check)


def avatar(initials: str, rng: random.Random, size: int = 320) -> bytes:
    """A generated face-shaped portrait with the patient's initials (no real photo)."""
    background = rng.choice(_AVATAR_COLOURS)
    img = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(img)
    skin = rng.choice(["#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac"])
    draw.ellipse((size * 0.28, size * 0.12, size * 0.72, size * 0.62), fill=skin)
    draw.pieslice((size * 0.12, size * 0.58, size * 0.88, size * 1.3), 180, 360, fill="#eceff1")
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype(str(asset("resources", "fonts", "DejaVuSans-Bold.ttf")),
                                  size // 7)
    except OSError:
        font = ImageFont.load_default()
    draw.text((size * 0.5, size * 0.9), initials, fill="#263238", font=font, anchor="mm")
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
