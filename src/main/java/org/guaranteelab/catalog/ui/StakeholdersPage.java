package org.guaranteelab.catalog.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.Stakeholder;
import org.guaranteelab.catalog.Stance;

/**
 * Each stakeholder of a case with the people the source names and its stance on every option: the
 * page of the default case ({@link StakeholdersView}) and of any other ({@link CaseStakeholdersView}).
 */
class StakeholdersPage extends Div {

    StakeholdersPage(Case theCase) {
        addClassName("page");
        add(new H1("Stakeholders"));
        add(new Paragraph("What the source attributes to each stakeholder, option by option. A stance is "
                + "shown only where the source states it, with the verbatim words it rests on and whether they are "
                + "the stakeholder's own words or the article's report of its position; everything else is marked "
                + "“not stated in the source”. The position word is our one-word summary of those quotes."));
        theCase.stakeholders().forEach(stakeholder -> add(stakeholderSection(theCase, stakeholder)));
    }

    private static Section stakeholderSection(Case theCase, Stakeholder stakeholder) {
        var section = new Section();
        section.addClassName("stakeholder");
        section.setId(stakeholder.id());
        // The same mark as on the builder's map, so that a stakeholder is recognised from page to page.
        var name = new Span(stakeholder.name());
        name.addClassName("stakeholder-name");
        var heading = new H2(new StakeholderMark(theCase, stakeholder), name);
        heading.addClassName("stakeholder-heading");
        section.add(heading);

        if (stakeholder.people().isEmpty()) {
            section.add(new Paragraph("The source names no person for " + stakeholder.name() + "."));
        } else {
            var people = new UnorderedList();
            people.addClassName("people");
            stakeholder.people().forEach(person -> people.add(new ListItem(person.name() + " — "
                    + person.roleInSource().orElse("role not stated in the source"))));
            section.add(new H3("Named in the source"), people);
        }

        // A silent stance with our note (e.g. what the article says around it) is listed with the note.
        var stated = theCase.options().stream()
                .filter(option -> !isSilent(theCase.stance(stakeholder.id(), option.id()))
                        || theCase.stance(stakeholder.id(), option.id()).note() != null)
                .toList();
        var silent = theCase.options().stream().filter(option -> !stated.contains(option)).toList();

        section.add(new H3("Stances"));
        if (stated.stream().allMatch(option -> isSilent(theCase.stance(stakeholder.id(), option.id())))) {
            section.add(new Paragraph("The source states no stance of " + stakeholder.name() + " on any option."));
        }
        if (!stated.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("stances");
            stated.forEach(option -> list.add(stanceItem(theCase, option, theCase.stance(stakeholder.id(), option.id()))));
            section.add(list);
        }
        if (!silent.isEmpty()) {
            var names = silent.stream().map(GuaranteeOption::name).toList();
            var paragraph = new Paragraph();
            paragraph.addClassName("not-stated-list");
            paragraph.add(new PositionBadge(Position.NOT_STATED),
                    new Span(" on: " + String.join("; ", names) + "."));
            section.add(paragraph);
        }
        return section;
    }

    private static boolean isSilent(Stance stance) {
        if (stance.byLevel()) {
            return stance.levels().values().stream().allMatch(level -> level.position() == Position.NOT_STATED);
        }
        return stance.position() == Position.NOT_STATED;
    }

    private static ListItem stanceItem(Case theCase, GuaranteeOption option, Stance stance) {
        var item = new ListItem();
        var name = new Span(option.name());
        name.addClassName("stance-option");
        item.add(name);
        if (stance.byLevel()) {
            for (var level : option.levels()) {
                var at = stance.at(level.id());
                item.add(stanceDetails(theCase, level.name(), at));
            }
        } else {
            item.add(stanceDetails(theCase, null, stance.at(null)));
        }
        if (!stance.byLevel() && stance.allLevels() != null) {
            var reason = new Paragraph("Our note: one position for every level, because " + lowerFirst(stance.allLevels()));
            reason.addClassName("editorial-note");
            item.add(reason);
        }
        if (stance.note() != null) {
            var note = new Paragraph("Our note: " + stance.note());
            note.addClassName("editorial-note");
            item.add(note);
        }
        return item;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Div stanceDetails(Case theCase, String levelName, Stance.LevelStance at) {
        var row = new Div();
        row.addClassName("stance-row");
        var summary = new Markup(StanceMarkup.stanceLine(theCase, levelName, at.position(), at.basis(), at.quotes()));
        if (at.quotes().isEmpty()) {
            row.add(summary);
            return row;
        }
        var quotes = new Div();
        at.quotes().forEach(quote -> quotes.add(new QuoteBlock(theCase, quote)));
        var details = new Details(summary, quotes);
        details.addClassName("stance-details");
        row.add(details);
        return row;
    }
}
