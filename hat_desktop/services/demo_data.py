"""Made-up people and places for the demo clinic (no real person's data)."""

import io
import random

from PIL import Image, ImageDraw, ImageFont

from hat_desktop.domain.outcome_reviews import Housing, OutcomeItems
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


# --- outcomes: made-up TOP answers that improve over time for most patients ---------------------
def top_answers(rng: random.Random, months_in: int, improves: bool) -> OutcomeItems:
    """Made-up 28-day answers for a review ``months_in`` months after the start: heavy use
    and offending at the start, falling (and health rising) for those who improve."""
    fade = 0.55 ** (months_in / 3) if improves else 0.9
    use = rng.randint(18, 28)

    def days(start: int) -> int:
        return max(0, min(28, round(start * fade + rng.randint(-2, 2))))

    drinking = days(rng.randint(0, 12))
    injecting = days(use)
    lift = min(months_in // 3 * 3, 9) if improves else 0
    return OutcomeItems(
        opioid_days=days(use), crack_days=days(rng.randint(4, 20)),
        cocaine_days=days(rng.randint(0, 6)), alcohol_days=drinking,
        alcohol_units=rng.randint(3, 14) if drinking else 0,
        benzodiazepine_days=days(rng.randint(0, 10)), other_drug_days=days(rng.randint(0, 4)),
        injecting_days=injecting, shared_equipment=injecting > 10 and rng.random() < 0.3,
        shoplifting_days=days(rng.randint(4, 20)), drug_selling_days=days(rng.randint(0, 8)),
        other_theft_days=days(rng.randint(0, 6)), violence_days=days(rng.randint(0, 3)),
        psychological_health=min(20, rng.randint(3, 8) + lift),
        physical_health=min(20, rng.randint(4, 9) + lift),
        quality_of_life=min(20, rng.randint(3, 7) + lift),
        work_days=rng.randint(0, 8) if improves and months_in >= 9 else 0,
        education_days=rng.randint(0, 4) if improves and months_in >= 6 else 0,
        housing=(Housing.SETTLED if improves and months_in >= 6 else rng.choice(list(Housing))),
    )
