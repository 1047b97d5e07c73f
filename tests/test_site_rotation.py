"""The injection site offered at check-in (#14.6 with #16.6): the other side from the last
injection, for an intravenous line only; never the groin or a muscle site, nothing for a
first injection, and the service still checks whatever is recorded."""

import pytest

from hat_desktop.domain.dosing import check_site, suggest_site
from hat_desktop.domain.errors import DoseRefused
from hat_desktop.domain.prescriptions import PrescriptionLine, Route
from hat_desktop.domain.settings import DEFAULT_SITES

CUSTOM = (*DEFAULT_SITES, "Foot, left")  # a clinic's own site, without its other side


def line(route: Route = Route.IV, groin_allowed: bool = False) -> PrescriptionLine:
    return PrescriptionLine(1, "Diamorphine hydrochloride", (1,), route, ((1, 180),),
                            groin_allowed=groin_allowed)


@pytest.mark.parametrize(("last", "offered"), [
    (("Arm, left", "Arm, right"), "Arm, right"),
    (("hand, RIGHT",), "Hand, left"),
    (("Forearm, right", "Forearm, right"), "Forearm, left"),
    ((), ""),  # a first injection: the nurse chooses
    (("Abdomen",), ""),  # no side
    (("Foot, left",), ""),  # the other side is not on the clinic's list
    (("Groin, left",), ""),  # never the groin, even where permitted
    (("Deltoid, left",), ""),  # never a muscle site
    (("Thigh, right",), ""),
])
def test_the_offer_is_the_other_side_of_the_last_site(last, offered):
    assert suggest_site(line(groin_allowed=True), CUSTOM, last) == offered
    if offered:  # an offer is always a site the service accepts, and not the last one
        assert check_site(line(), offered, CUSTOM) == offered
        assert offered.lower() != last[0].lower()


@pytest.mark.parametrize("route", [Route.IM, Route.SC, Route.ORAL])
def test_no_offer_for_a_muscle_or_skin_or_oral_line(route):
    assert suggest_site(line(route), DEFAULT_SITES, ("Arm, left",)) == ""


def test_the_groin_stays_refused_without_permission():
    with pytest.raises(DoseRefused, match="high-risk site"):
        check_site(line(), "Groin, left", DEFAULT_SITES)
