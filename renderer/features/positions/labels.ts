import type { TFunction } from 'i18next';
import { isShippedTopic } from '../../../shared/reference/topics.ts';

// Topics, taxon groups and flag subjects in words; a topic the country added is its own label.

export function topicName(t: TFunction, id: string, custom: readonly { id: string; label: string }[]): string {
  if (isShippedTopic(id)) return t(`positions:topics.${id}`);
  return custom.find((c) => c.id === id)?.label ?? id;
}

export function subjectName(t: TFunction, subject: { kind: 'topic' | 'taxonGroup' | 'taxon'; id: string } | null, custom: readonly { id: string; label: string }[]): string {
  if (!subject) return '';
  if (subject.kind === 'topic') return topicName(t, subject.id, custom);
  if (subject.kind === 'taxonGroup') return t(`positions:taxonGroups.${subject.id}`);
  return subject.id;
}
