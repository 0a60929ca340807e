"""Read survey answers into your own pydantic model and check them with a schema that $refs jplabour.

Run: python examples/own_models.py
A FastAPI service would take ``SurveyAnswer`` as its request body; here a few
answers, written as people write them, are read one by one. Each valid
answer is printed as the JSON it is stored as, and checked against the third
party's survey schema (examples/union_survey.schema.json), which uses
jplabour's JSON Schema vocabulary by $ref. Each refused answer is printed
with pydantic's reasons. Exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import jsonschema
import referencing
from pydantic import BaseModel, ValidationError

from jplabour.pydantic import MemberCount, OrgId, PartialDateStr
from jplabour.schema_vocabulary import vocabulary_schemas

SURVEY_SCHEMA = Path(__file__).with_name("union_survey.schema.json")

#: Answers as they arrive: names for ids, era dates, counts with 人.
ANSWERS: list[dict[str, Any]] = [
    {"union": "UA ZENSEN", "surveyed": "令和元年10月", "members": "1,767,000人"},
    {"union": "Zenrōren", "surveyed": "2019/11/20", "members": "７５０，０００"},
    {"union": "Jichiroren", "surveyed": "2019", "members": 138655},
    {"union": "RENGO", "surveyed": "平成32年", "members": "about 7 million"},
]


class SurveyAnswer(BaseModel):
    """One answer: the union, when it answered, and the membership it reported."""

    union: OrgId
    surveyed: PartialDateStr
    members: MemberCount


def survey_validator() -> jsonschema.Draft202012Validator:
    """The third party's schema, with jplabour's vocabulary registered for its $refs."""
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (schema["$id"], referencing.Resource.from_contents(schema))
        for schema in vocabulary_schemas().values()
    )
    schema = json.loads(SURVEY_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, registry=registry)


def main() -> int:
    """Read every answer; print what is stored, or why it is refused."""
    validator = survey_validator()
    for number, answer in enumerate(ANSWERS, start=1):
        try:
            stored = SurveyAnswer.model_validate(answer)
        except ValidationError as error:
            print(f"answer {number}: refused")
            for problem in error.errors():
                print(f"  {problem['loc'][0]}: {problem['msg']}")
            continue
        document = stored.model_dump(mode="json", exclude_none=True)
        schema_says = "valid" if validator.is_valid(document) else "INVALID"
        print(f"answer {number}: {json.dumps(document, ensure_ascii=False)} ({schema_says})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
