/**
 * State awards and honours: orders and medals by name ("орденом Дружбы", "медаль ордена «За
 * заслуги перед Отечеством» II степени"), "Героя России", honorary titles ("народный артист
 * России", "Заслуженный учитель Российской Федерации", "мастер спорта"), and certificates of
 * honour ("Почётной грамотой Министерства ...", "Благодарность Губернатора").
 */
import {
  alt,
  capitalized,
  gnc,
  gram,
  lemma,
  opt,
  repeat,
  rule,
  seq,
  tok,
  word,
  type Rule,
} from '../../../engine/index.js';
import { TITLE_ADJECTIVES, TITLE_NOUNS } from '../../../lexicon/awards/index.js';
import { degreePart, gentNotName, namedGenitive, ownerPart, proposal, quoted, type AwardProposal } from '../parts.js';

export const order = rule<AwardProposal>({
  id: 'award/order',
  examples: [
    'орденом Дружбы',
    'орден Мужества',
    'медаль ордена «За заслуги перед Отечеством» II степени',
    'орденом «За заслуги перед Отечеством» IV степени',
    'орден Александра Невского',
  ],
  pattern: seq(
    tok(lemma('орден', 'медаль').and(gram('NOUN'))).as('head'),
    opt(tok(lemma('орден').and(gram('gent')))),
    alt(quoted, namedGenitive),
    opt(degreePart),
  ),
  interpret: (m) => proposal(m, 'order'),
});

export const hero = rule<AwardProposal>({
  id: 'award/hero',
  examples: ['Героя России', 'Герой Социалистического Труда', 'Героя Советского Союза'],
  pattern: seq(tok(lemma('герой').and(capitalized(), gram('NOUN'))).as('head'), namedGenitive),
  interpret: (m) => proposal(m, 'title'),
});

// the morphology reads "заслуженный" as the participle of "заслужить"
const titleAdjective = lemma(...TITLE_ADJECTIVES, 'заслужить').and(gram('ADJF').or(gram('PRTF')));
const r1 = gnc();
export const honoraryTitle = rule<AwardProposal>({
  id: 'award/honorary-title',
  examples: [
    'народный артист России',
    'Заслуженный учитель Российской Федерации',
    'заслуженного деятеля искусств',
    'Почётный работник общего образования Российской Федерации',
    'заслуженный мастер спорта',
  ],
  pattern: seq(
    tok(titleAdjective).agree(r1).as('adj'),
    tok(lemma(...TITLE_NOUNS).and(gram('NOUN')))
      .agree(r1)
      .as('head'),
    repeat(tok(gentNotName), 0, 5),
    opt(seq(word('международного'), word('класса'))),
  ),
  interpret: (m) => proposal(m, 'title'),
});

export const sportTitle = rule<AwardProposal>({
  id: 'award/sport-title',
  examples: ['мастер спорта России международного класса', 'Мастер спорта'],
  pattern: seq(
    tok(lemma('мастер').and(gram('NOUN'))).as('head'),
    word('спорта'),
    opt(tok(capitalized().and(gram('gent')))),
    opt(seq(word('международного'), word('класса'))),
  ),
  interpret: (m) => proposal(m, 'title'),
});

const r2 = gnc();
const r3 = gnc();
const r4 = gnc();
export const certificate = rule<AwardProposal>({
  id: 'award/certificate',
  examples: [
    'Почётной грамотой Министерства труда и социальной защиты Российской Федерации',
    'Благодарность Губернатора Владимирской области',
    'благодарственным письмом',
    'дипломом I степени',
    'нагрудный знак «Почётный донор России»',
  ],
  pattern: alt(
    seq(tok(lemma('почетный').and(gram('ADJF'))).agree(r2), tok(lemma('грамота')).agree(r2).as('head'), opt(ownerPart)),
    seq(tok(lemma('грамота', 'благодарность').and(gram('NOUN'))).as('head'), ownerPart),
    seq(tok(lemma('благодарственный')).agree(r3), tok(lemma('письмо')).agree(r3).as('head'), opt(ownerPart)),
    seq(
      tok(lemma('диплом').and(gram('NOUN'))).as('head'),
      alt(degreePart, seq(tok(lemma('лауреат', 'победитель')), opt(degreePart))),
    ),
    seq(
      tok(lemma('нагрудный', 'почетный').and(gram('ADJF'))).agree(r4),
      tok(lemma('знак')).agree(r4).as('head'),
      opt(word('отличия')),
      quoted,
    ),
  ),
  interpret: (m) => proposal(m, 'certificate'),
});

export const STATE_RULES: readonly Rule<AwardProposal>[] = [order, hero, honoraryTitle, sportTitle, certificate];
