/**
 * The vocabulary rules see: facts about a candidate ({@link dev.rolefit.engine.facts.CandidateFacts},
 * {@link dev.rolefit.engine.facts.HasSkill}, …) and a vacancy ({@link dev.rolefit.engine.facts.VacancyFacts},
 * {@link dev.rolefit.engine.facts.RequiredSkill}, …), the data tables of the rule set as facts
 * ({@link dev.rolefit.engine.facts.RelatedSkill}, {@link dev.rolefit.engine.facts.RoleSignal}, …), the facts
 * rules derive ({@link dev.rolefit.engine.facts.SkillCover}, {@link dev.rolefit.engine.facts.TypicalCareerStep},
 * …), and the {@link dev.rolefit.engine.facts.Scorecard} rules write their reasons to.
 *
 * <p>No fact holds a name, contact detail or protected attribute: what is not here, a rule cannot
 * look at. {@link dev.rolefit.engine.facts.Phrases} holds the wording helpers DRL files import as
 * functions. These types are public because the DRL compiler needs them; they are for rule
 * authors, not for applications.
 */
package dev.rolefit.engine.facts;
