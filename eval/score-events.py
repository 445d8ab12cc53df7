#!/usr/bin/env python3
"""Score the events of a `factwire demo --once` output with B-cubed against the corpus's own grouping.

usage: score-events.py OUT.json CORPUS.jsonl [--min-f1 F]

OUT.json      a `factwire demo --once` output: its "events" ({"id", "articles"}) and "duplicates"
              ({"article", "original"}) are read.
CORPUS.jsonl  the articles that were published, one JSON object a line with "id" and "topic" (ECB+ format).
              The gold event of an article is its topic x ecb/ecbplus: each ECB+ topic holds two real events,
              the articles whose id ends in "ecbplus" and the others.

A duplicate is not grouped by the events stage (it is dropped before), so it is scored in its original's event,
following duplicate links transitively. An article in no event at all counts as a cluster of its own.
Every corpus article is scored; output articles that are not in the corpus are ignored.

Prints `events N  b-cubed P x R y F1 z`. With --min-f1, exits 1 when F1 is below it.
"""
import argparse
import json
import sys
from collections import defaultdict


def fail(message):
    print(f"score-events.py: {message}", file=sys.stderr)
    sys.exit(2)


def read_gold(corpus_path):
    """Article id -> (topic, "ecbplus" | "ecb")."""
    gold = {}
    with open(corpus_path, encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
                article_id, topic = article["id"], article["topic"]
            except (ValueError, KeyError, TypeError) as e:
                fail(f"{corpus_path}:{number}: not an article with id and topic ({e})")
            if article_id in gold:
                fail(f"{corpus_path}:{number}: article {article_id} appears twice")
            gold[article_id] = (topic, "ecbplus" if article_id.endswith("ecbplus") else "ecb")
    return gold


def read_output(out_path):
    """(number of events, article id -> event id, duplicate id -> original id) from a demo --once output."""
    try:
        with open(out_path, encoding="utf-8") as out:
            output = json.load(out)
        event_of = {}
        for index, event in enumerate(output["events"]):
            for article in event["articles"]:
                if article in event_of and event_of[article] != event["id"]:
                    fail(f"{out_path}: events[{index}]: article {article} is also in event {event_of[article]}")
                event_of[article] = event["id"]
        original_of = {d["article"]: d["original"] for d in output["duplicates"]}
    except (ValueError, KeyError, TypeError) as e:
        fail(f"{out_path}: not a demo --once output ({type(e).__name__}: {e})")
    return len(output["events"]), event_of, original_of


def predicted_event(article, event_of, original_of):
    """The article's event, else the first one found along its chain of originals, else None."""
    seen = set()
    while article not in event_of and article in original_of and article not in seen:
        seen.add(article)
        article = original_of[article]
    return event_of.get(article)


def b_cubed(gold, predicted):
    """Per-article B-cubed precision and recall, averaged over the articles of gold."""
    gold_clusters, predicted_clusters = defaultdict(set), defaultdict(set)
    for article in gold:
        gold_clusters[gold[article]].add(article)
        predicted_clusters[predicted[article]].add(article)
    precision = recall = 0.0
    for article in gold:
        mine, truth = predicted_clusters[predicted[article]], gold_clusters[gold[article]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    return precision / len(gold), recall / len(gold)


def main():
    parser = argparse.ArgumentParser(description="B-cubed score of the events in a factwire demo --once output.")
    parser.add_argument("out", metavar="OUT.json", help="a factwire demo --once output")
    parser.add_argument("corpus", metavar="CORPUS.jsonl", help="the ECB+ corpus that was published")
    parser.add_argument("--min-f1", type=float, help="exit 1 when the B-cubed F1 is below this")
    args = parser.parse_args()

    try:
        gold = read_gold(args.corpus)
        events, event_of, original_of = read_output(args.out)
    except OSError as e:
        fail(f"{e.filename}: {e.strerror}")
    if not gold:
        fail(f"{args.corpus}: no articles")
    predicted, unassigned = {}, 0
    for article in gold:
        event = predicted_event(article, event_of, original_of)
        if event is None:
            unassigned += 1
            event = ("no event", article)  # a singleton cluster of its own
        predicted[article] = event
    precision, recall = b_cubed(gold, predicted)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"events {events}  b-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    if unassigned:
        print(f"{unassigned} articles in no event, scored as singletons")
    if args.min_f1 is not None and f1 < args.min_f1:
        print(f"F1 {f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
