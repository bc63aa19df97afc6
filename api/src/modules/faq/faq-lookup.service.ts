import { Inject, Injectable } from '@nestjs/common';
import { FaqRepository } from './faq.repository.js';

/** What other modules may ask of the FAQ: an entry's answer, to answer an inquiry with (R-FAQ-03). */
@Injectable()
export class FaqLookup {
  constructor(@Inject(FaqRepository) private readonly repo: FaqRepository) {}

  async answer(projectId: number, entryId: number): Promise<{ id: number; question: string; answer: string } | null> {
    const e = await this.repo.entry(entryId);
    if (!e || e.projectId !== projectId || !e.active) return null;
    return { id: e.id, question: e.question, answer: e.answer };
  }
}
