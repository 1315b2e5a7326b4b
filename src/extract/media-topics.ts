/**
 * IPTC Media Topics, the news industry's subject vocabulary, as the repository ships it
 * (data/iptc-media-topics.json, converted from IPTC's SKOS/RDF by
 * scripts/convert-iptc-media-topics.ts; IPTC Media Topics, © IPTC, CC BY 4.0), and where each
 * topic of the tagging taxonomy (data/topics.json) sits under it (data/topic-media-topics.json).
 * Read and checked here once, so that whoever builds on the hierarchy gets valid data or a clear
 * error naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../config.js';
import { Id } from '../dossier/schema.js';

export const MEDIA_TOPICS_FILE = path.join(ROOT, 'data', 'iptc-media-topics.json');
export const TOPIC_MEDIA_TOPICS_FILE = path.join(ROOT, 'data', 'topic-media-topics.json');

export const Qcode = z.string().regex(/^medtop:[0-9A-Za-z]+$/, 'a Media Topic qcode, medtop:…');

const MediaTopic = z.strictObject({
  qcode: Qcode,
  label: z.string().min(1),
  definition: z.string(),
  broader: Qcode.optional(),
  alsoBroader: z.array(Qcode).min(1).optional(),
  level: z.number().int().min(1),
  wikidata: z
    .string()
    .regex(/^Q[0-9]+$/)
    .optional(),
  wikidataMatch: z.enum(['exact', 'close']).optional(),
});
export type MediaTopic = z.infer<typeof MediaTopic>;

const MediaTopicsFile = z.object({
  attribution: z.string().min(1),
  licence: z.string().min(1),
  source: z.string().min(1),
  snapshot: z.string().optional(),
  retiredLeftOut: z.number().int().min(0),
  concepts: z.array(MediaTopic).min(1),
});
export type MediaTopicsFile = z.infer<typeof MediaTopicsFile>;

const TopicMediaTopics = z.object({
  topics: z.array(z.strictObject({ topic: Id, mediaTopic: Qcode, label: z.string().min(1) })).min(1),
});
export type TopicMediaTopic = z.infer<typeof TopicMediaTopics>['topics'][number];

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${path.relative(ROOT, file)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

let mediaTopicsCache: MediaTopicsFile | undefined;
let topicMediaTopicsCache: TopicMediaTopic[] | undefined;

/** The Media Topics file: attribution, source, and the concepts sorted by qcode. */
export function mediaTopics(): MediaTopicsFile {
  mediaTopicsCache ??= readJson(MEDIA_TOPICS_FILE, MediaTopicsFile);
  return mediaTopicsCache;
}

/** Each taxonomy topic's id with the Media Topic it is a narrower topic of. */
export function topicMediaTopics(): TopicMediaTopic[] {
  topicMediaTopicsCache ??= readJson(TOPIC_MEDIA_TOPICS_FILE, TopicMediaTopics).topics;
  return topicMediaTopicsCache;
}
