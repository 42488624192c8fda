package org.guaranteelab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Quote;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.StanceBasis;

/**
 * A stakeholder's stated positions on every option, with the quotes behind them and whose words they
 * are, for a student playing that stakeholder. Built from the case's stances only: where the source
 * is silent the line says "not stated in the source".
 */
public record RoleCard(Stakeholder stakeholder, List<Line> lines) {

    public RoleCard {
        lines = List.copyOf(lines);
    }

    public static Optional<RoleCard> of(Case theCase, String stakeholderId) {
        return theCase.stakeholder(stakeholderId).map(stakeholder -> {
            var lines = new ArrayList<Line>();
            for (var option : theCase.options()) {
                var stance = theCase.stance(stakeholder.id(), option.id());
                if (stance.byLevel()) {
                    for (var level : option.levels()) {
                        var at = stance.at(level.id());
                        lines.add(new Line(option, Optional.of(level), at.position(), at.basis(), at.quotes()));
                    }
                } else {
                    lines.add(new Line(option, Optional.empty(), stance.position(), stance.basis(), stance.quotes()));
                }
            }
            return new RoleCard(stakeholder, lines);
        });
    }

    /** A position on an option (or one of its levels, where the source distinguishes them). */
    public record Line(GuaranteeOption option, Optional<GuaranteeOption.Level> level, Position position,
                       StanceBasis basis, List<Quote> quotes) {
        public Line {
            quotes = List.copyOf(quotes);
        }

        public String label() {
            return level.map(chosen -> option.name() + ": " + chosen.name()).orElse(option.name());
        }
    }

    /** Whether the source states no position of the stakeholder on any option: a role to argue from silence. */
    public boolean silent() {
        return lines.stream().allMatch(line -> line.position() == Position.NOT_STATED);
    }
}
