package io.factwire.processor.dedup;

/** A bucket's answer to one probe (keyed by the probing article's id); {@code match} is null when none. */
record BucketReply(int expectedReplies, Match match) {}
