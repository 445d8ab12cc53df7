// A downstream consumer of factwire in Node.js: reads fact-updates and facts (Avro, Confluent wire format)
// with kafkajs, decodes them with Confluent's schema registry client, and prints one JSON object per line.
//
//   BOOTSTRAP=localhost:9092 REGISTRY=http://localhost:8081 node index.js
//
// Environment:
//   BOOTSTRAP      Kafka bootstrap servers, comma-separated           (default localhost:9092)
//   REGISTRY       Confluent-compatible registry base URL; for Apicurio the ccompat one,
//                  e.g. http://127.0.0.1:8080/apis/ccompat/v7         (default http://localhost:8081)
//   TOPIC          topics to read, comma-separated                    (default fact-updates,facts)
//   GROUP          consumer group id                                  (default factwire-consumer-node)
//   FROM_BEGINNING read from the start when the group has no offsets   (default true)
//   MAX_MESSAGES   stop after this many records                       (default: run until Ctrl-C)
"use strict";

const { Kafka, logLevel } = require("kafkajs");
const { SchemaRegistryClient, AvroDeserializer, SerdeType } = require("@confluentinc/schemaregistry");

const config = {
  brokers: (process.env.BOOTSTRAP || "localhost:9092").split(",").map((broker) => broker.trim()),
  registry: process.env.REGISTRY || "http://localhost:8081",
  topics: (process.env.TOPIC || "fact-updates,facts").split(",").map((topic) => topic.trim()).filter(Boolean),
  group: process.env.GROUP || "factwire-consumer-node",
  fromBeginning: (process.env.FROM_BEGINNING || "true") !== "false",
  maxMessages: process.env.MAX_MESSAGES ? Number.parseInt(process.env.MAX_MESSAGES, 10) : Infinity,
};

if (!(config.maxMessages > 0)) {
  console.error(`MAX_MESSAGES must be a positive whole number, was '${process.env.MAX_MESSAGES}'`);
  process.exit(2);
}

// Avro values as plain JSON, as Avro holds them: timestamp-millis fields as epoch milliseconds, longs as numbers
// (factwire's counts and offsets stay far below 2^53), enums as their symbols, optional fields as the value or null.
function toJson(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString("base64");
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, toJson(field)]));
  }
  return value;
}

async function main() {
  const registry = new SchemaRegistryClient({ baseURLs: [config.registry] });
  const values = new AvroDeserializer(registry, SerdeType.VALUE, {});
  const kafka = new Kafka({ clientId: "factwire-consumer-node", brokers: config.brokers, logLevel: logLevel.ERROR });
  // kafkajs reads committed records only (readUncommitted defaults to false): the processor writes with
  // exactly-once transactions, and an aborted attempt must never be shown.
  const consumer = kafka.consumer({ groupId: config.group, readUncommitted: false });

  let seen = 0;
  let stopping = false;
  // Never awaited from inside eachMessage: disconnect waits for the running handler, which would wait forever.
  const stop = () => {
    stopping = true;
    setImmediate(() => consumer.disconnect().finally(() => process.exit(0)));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  await consumer.connect();
  await consumer.subscribe({ topics: config.topics, fromBeginning: config.fromBeginning });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      if (stopping) return;
      // A null value is a tombstone: on the compacted facts topic it means the fact was removed.
      const value = message.value === null ? null : await values.deserialize(topic, message.value);
      process.stdout.write(JSON.stringify({
        topic,
        partition,
        offset: Number(message.offset),
        key: message.key === null ? null : message.key.toString("utf8"),
        value: toJson(value),
      }) + "\n");
      seen += 1;
      if (seen >= config.maxMessages) stop();
    },
  });
}

main().catch((error) => {
  console.error(`factwire consumer failed: ${error.stack || error}`);
  process.exit(1);
});
