/**
 * Swedish labels of JobTech occupations, for the occupations a share
 * names: the page carries the list the app ships (as id → label, built
 * from crates/core/data/jobtech/occupations.json), since it may not ask
 * anyone.
 */
import names from 'virtual:occupation-names';
import type { Occupation } from '../src/lib/generated/Occupation';

export function occupationName(o: Occupation): string | null {
  return (names as Record<string, string>)[o.jobtech_id] ?? null;
}
