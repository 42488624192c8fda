package org.guaranteelab.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * A small but complete case file that passes validation, and a way to break it one entry at a
 * time, so each loader test shows the one problem it is about.
 */
public final class CaseFiles {

    static final String NAME = "cases/mini.yaml";

    static final String VALID = """
            id: mini
            name: A minimal case
            source:
              title: An article
              dateContext: as of today
              sections:
                - id: only
                  heading: The only section
                  passages:
                    - id: p1
                      text: "Alpha says yes to the plan.   Beta\tstays silent. The plan worries some."
                    - id: p2
                      text: "Talks will begin soon, says Al. Peace is the purpose."
            sourceIssues:
              - id: soon
                kind: ambiguous
                passage: p2
                excerpt: "begin soon"
                note: The source does not say when.
            stakeholders:
              - id: alpha
                name: Alpha
                people:
                  - {id: al, name: Al, role: spokesperson}
              - id: beta
                name: Beta
            purposes:
              - id: peace
                name: Peace
                quote: {passage: p2, text: "Peace is the purpose."}
            groups:
              - id: plans
                name: Plans
                options:
                  - id: plan
                    name: The plan
                    description: A plan in two sizes.
                    passages: [p1]
                    levels:
                      - {id: small, name: Small}
                      - {id: big, name: Big}
                  - id: talks
                    name: Talks
                    description: Talking.
                    passages: [p2]
            stances:
              - stakeholder: alpha
                option: plan
                position: supports
                basis: own-words
                allLevels: Al says yes to the plan whatever its size.
                quotes:
                  - {passage: p1, speaker: al, text: "Alpha says yes to the plan. Beta stays silent."}
              - {stakeholder: alpha, option: talks, position: not-stated}
              - stakeholder: beta
                option: plan
                levels:
                  small: {position: not-stated}
                  big: {position: opposes, basis: reported, quotes: [{passage: p1, text: "The plan worries some."}]}
              - {stakeholder: beta, option: talks, position: not-stated}
            concerns:
              - option: plan
                level: big
                text: Some are worried.
                quotes: [{passage: p1, text: "The plan worries some."}]
            purposeLinks:
              - option: talks
                purpose: peace
                basis: editorial
                quote: {passage: p2, text: "Talks will begin soon"}
                note: We read talks as serving peace.
            demands:
              - id: alpha-plan
                stakeholder: alpha
                text: Alpha wants the plan.
                metBy: [{option: plan}]
                note: The plan at either size meets it.
                quotes: [{passage: p1, speaker: al, text: "Alpha says yes to the plan."}]
            tensions:
              - id: big-plan-worries
                basis: source
                text: The big plan worries some.
                when: [{option: plan, level: big}]
                quotes: [{passage: p1, text: "The plan worries some."}]
            """;

    private CaseFiles() {
    }

    /** The valid file with one stretch of it replaced; fails unless that stretch occurs exactly once. */
    static String validWith(String original, String replacement) {
        var at = VALID.indexOf(original);
        assertThat(at).as("where the fixture contains %s", original).isNotNegative();
        assertThat(VALID.indexOf(original, at + 1)).as("a second place with %s", original).isNegative();
        return VALID.substring(0, at) + replacement + VALID.substring(at + original.length());
    }

    /** The valid case, loaded: for other features' tests. */
    public static Case loaded() {
        return new CaseLoader().load(NAME, bytes(VALID));
    }

    /** The valid case, loaded, with every occurrence of one text replaced: for other features' tests. */
    public static Case loadedWithEvery(String original, String replacement) {
        assertThat(VALID).contains(original);
        return new CaseLoader().load(NAME, bytes(VALID.replace(original, replacement)));
    }

    static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }
}
