import type { MessageCatalogue } from "./types.js";

/** English messages. */
export const en: MessageCatalogue = {
  "table.not_found": 'No estimate table (a header with a content column and an amount column) on sheet "{sheet}".',
  "table.multiple_candidates":
    "The sheet has {candidates} tables that could be the estimate; chose the one with its header at {chosen}.",
  "value.not_a_number": 'The cell in the {column} column holds "{text}", which cannot be read as a number.',
  "value.formula_error": "The cell holds the formula error {error}.",
  "amount.mismatch": "Amount {actual} VND differs from quantity × rate = {expected} VND.",
  "subtotal.mismatch": "Subtotal of section {section} is {actual} VND, but its items add up to {expected} VND.",
  "total.mismatch": "The grand total is {actual} VND, but the sections add up to {expected} VND.",
  "total.double_count": "The grand total adds both items and their section subtotals ({cells}), counting them twice.",
  "formula.hardcoded": "A typed number {value} where this column uses formulas.",
  "formula.range_omits_rows": "The formula {formula} leaves out row(s) {rows} of its section.",
  "formula.range_adds_rows": "The formula {formula} also adds row(s) {rows} of another part.",
  "formula.inconsistent": "The formula {formula} differs in shape from its column neighbours (expected {expected}).",
  "formula.too_deep": "The formula is nested too deeply (over {depth} levels); hgcs cannot read or check it.",
  "words.missing": 'The total of {total} VND is not written in words (no "Bằng chữ" line, or an empty one).',
  "words.mismatch": 'The words "{words}" read as {read}, not the total {total} VND ({expected}).',
  "words.unreadable": 'The words "{words}" cannot be read: {reason}. The total is {total} VND, in words: {expected}.',
  "rate.over_cap": "Rate {rate} VND exceeds the maximum {cap} VND/{unit} ({basis}).",
  "rate.cap_unverified": "Rate {rate} VND: {cap} ({basis}), not verified against the official text — advice only.",
  "quota.exceeded":
    "{persons} persons exceed the quota of {quota} for {group} ({perConference} persons × {conferences} conferences × {days} days).",
  "plan.count_mismatch": "The number of {what} is {actual}, not the plan's {expected}.",
  "plan.count_unclear":
    "This line's count {actual} does not say whether it counts {what} (see its unit): not compared with the plan's {expected}.",
  "budget.over_allocation": "The estimate total {total} VND exceeds the allocated {allocated} VND.",
  "text.legacy_encoding": 'Text in the {encoding} encoding (e.g. "{sample}") was read as Unicode.',
  "options.invalid": "The option {option} cannot be used (expected {expected}); it was ignored.",
  "plan.invalid": "Invalid plan: {problem}",
  "plan.quota_sum_mismatch": "The delegate groups add up to {sum}, not the {delegates} delegates per conference.",
  "plan.outside_year": "{what} falls outside the plan year {year}.",
  "plan.range_reversed": "{what}: the start date {from} is after the end date {to}.",
  "plan.unknown_reference": 'The plan has no {kind} with the id "{ref}".',
  "plan.handout_short":
    '"{material}" is handed out at conferences with {copies} copies (less those kept) for {delegates} delegates; the estimate has no documents line of its own for those conferences\' delegates.',
  "plan.district_after_reform":
    "{what} is of the district level, but the plan is dated from 1 July 2025, when local government has two levels only (province and commune).",
  "plan.duplicate_id": 'The id "{id}" is used by more than one {kind}.',
  "plan.not_positive": "The value {value} must be a positive whole number.",
  "plan.kept_exceeds_copies": "Copies kept ({kept}) exceed the copies printed ({copies}).",
  "plan.responsibility_without_unit": "A responsibility clause names no unit.",
  "plan.unknown_key":
    'The key "{key}" is not part of the plan format and is not used (a typo, or a file written for another version?).',
  "price.missing": 'No unit price for "{line}"; its amount is left blank.',
  "norms.invalid": "Invalid norms table: {problem}",
  "norms.raises_cap":
    "Province norm row {key} ({cap} VND) is above the national maximum {national} VND ({basis}); a province may only set a lower rate, so the national maximum applies.",
  "prices.invalid": "Invalid price list: {problem}",
  "norms.unknown_key": 'The key "{key}" is not part of the norms table format and is not used.',
  "prices.unknown_key": 'The key "{key}" is not part of the price list format and is not used.',
  "prices.renamed_unread":
    'The line "{line}" ({what}) is renamed so that a sheet no longer reads it as that kind of line: its cap and quota are not checked on the sheet. Keep the words that name the kind in the new text.',
  "list.not_found": 'No {kind} found on sheet "{sheet}".',
  "weights.empty": 'The weights file has no "unit,weight" rows.',
  "weights.bad_row": 'Line {line} of the weights file ("{text}") is not of the form "unit,weight".',
  "weights.bad_weight": 'Line {line}: the weight "{value}" of {unit} must be a whole number, zero or more.',
  "weights.duplicate_unit": "Line {line}: the unit {unit} is already on line {first}.",
  "distribution.no_weight": "Every unit has weight 0, so {copies} copies cannot be shared out.",
  "distribution.kept_unknown":
    "The plan says the issuer keeps some copies but gives no number; all {copies} copies were shared out.",
  "distribution.bad_count": 'The count "{value}" must be a whole number, zero or more.',
  "distribution.sum_mismatch": "The receiving units add up to {sum} copies, not the {expected} to distribute.",
  "distribution.total_mismatch": "The total row says {actual}, but the rows add up to {expected}.",
  "distribution.unknown_unit": 'The unit "{unit}" is not in the weights list.',
  "distribution.missing_unit": 'The unit "{unit}" of the weights list is missing from the distribution table.',
  "distribution.duplicate_unit": 'The unit "{unit}" is listed twice (first at {first}).',
  "schedule.not_enough_days":
    "Within the plan's time frame ({window}) only {available} conferences fit on working days with their first days at least {minGap} days apart, not {count}.",
  "schedule.holidays_unknown":
    "The {year} holiday notice is not in the data: Tết, Giỗ Tổ and the fixed holidays are computed, and the days only a yearly notice settles (the fifth Tết day, days in lieu, swaps, the day beside 2/9) are avoided; check when the notice is out.",
  "schedule.bad_date": '"{text}" cannot be read as a date (dd/mm/yyyy).',
  "schedule.outside_window": "{date} lies outside the plan's time frame ({window}).",
  "schedule.weekend": "{date} is a {weekday}, not a working day.",
  "schedule.holiday": "{date} is a public holiday: {holiday}.",
  "schedule.holiday_unsettled":
    "{date} may be a day off for {holiday}: without the {year} holiday notice this cannot be settled; check it.",
  "schedule.too_close": "{date} is only {gap} days after the previous conference ({previous}), less than {minGap}.",
  "list.over_delegates": "The list has {count} persons, more than the plan's {max} delegates per conference.",
  "list.group_over_quota": "The group {group} has {count} persons, above its quota of {quota} per conference.",
  "list.unknown_group": 'Cannot tell which of the plan\'s delegate groups "{text}" is.',
  "list.paid_salaried":
    "{name} is in the group {group} (paid from the state budget) and may not receive meal or travel support.",
  "list.days_over": "{days} days exceed the conference's {max} days.",
  "list.duplicate_person": "{name} is on the list twice (first at {first}).",
  "list.over_estimate": "The list's total {total} VND exceeds its estimate line ({limit} VND).",
  "consolidation.empty": "There is no estimate to consolidate.",
  "consolidation.unit_has_errors":
    "The estimate of {unit} has {errors} errors; its figures are consolidated as submitted, and the unit should correct and resend it.",
  "consolidation.duplicate_unit":
    "{unit} has another estimate in {file}, sheet “{sheet}” (besides the one in {first}, sheet “{firstSheet}”); all are added into the consolidation.",
  "consolidation.no_allotments":
    "The plan allots no figures to its units (allotments): the units are not compared with the plan.",
  "consolidation.unit_not_allotted": "The plan allots no figures to {unit}.",
  "consolidation.unit_ambiguous":
    "Cannot tell which of the plan's units {unit} is ({candidates}); it is not compared with the plan.",
  "consolidation.allotment_without_estimate":
    "The plan allots figures to {unit}, but no estimate of that unit was given.",
  "consolidation.over_allotment": "The estimate of {unit} is {total} VND, above the {allotted} VND the plan allots.",
  "consolidation.count_over_allotment":
    "The estimate of {unit} counts {count} {what}, above the {allotted} the plan allots.",
};
