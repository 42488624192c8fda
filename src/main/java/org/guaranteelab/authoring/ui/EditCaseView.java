package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.guaranteelab.authoring.Article;
import org.guaranteelab.authoring.Authoring;
import org.guaranteelab.authoring.Draft;
import org.guaranteelab.authoring.DraftConcern;
import org.guaranteelab.authoring.DraftDemand;
import org.guaranteelab.authoring.DraftTension;
import org.guaranteelab.authoring.DraftSourceIssue;
import org.guaranteelab.catalog.SourceIssue;
import org.guaranteelab.authoring.Ids;
import org.guaranteelab.catalog.OptionRef;
import org.guaranteelab.authoring.DraftLink;
import org.guaranteelab.authoring.DraftOption;
import org.guaranteelab.authoring.DraftPurpose;
import org.guaranteelab.authoring.DraftRefusedException;
import org.guaranteelab.authoring.DraftReview;
import org.guaranteelab.authoring.DraftStakeholder;
import org.guaranteelab.authoring.DraftStance;
import org.guaranteelab.authoring.DraftState;
import org.guaranteelab.authoring.Ids;
import org.guaranteelab.authoring.Span;
import org.guaranteelab.base.UserText;
import org.guaranteelab.base.ui.TableScroll;
import org.guaranteelab.catalog.Basis;
import org.guaranteelab.catalog.Position;
import org.guaranteelab.catalog.StanceBasis;
import org.jspecify.annotations.Nullable;

/**
 * The private page of a case being written, reached by its edit link. Every change is saved at
 * once (one transaction each), so a reload or a lost connection loses nothing; the loader's
 * problems and the completeness map update with it.
 */
@Route("write/:editToken")
@PageTitle("Edit your case · Guarantee Lab")
class EditCaseView extends Div implements BeforeEnterObserver {

    /** What a list, the completeness map or the problems last showed (ComponentUtil data), to skip an unchanged one. */
    private static final String SHOWN = "guarantee-lab.shown";

    private final Authoring authoring;
    private String editToken = "";
    private Draft draft;
    private DraftState state;

    private final UnorderedList refusals = new UnorderedList();
    private final ArticleForm articleForm = new ArticleForm(false);
    private QuotePicker picker;
    private @Nullable Article shownArticle;
    private final Paragraph passageCount = new Paragraph();
    private final UnorderedList stakeholderList = new UnorderedList();
    private final UnorderedList optionList = new UnorderedList();
    private final Select<DraftStakeholder> stanceStakeholder = new Select<>();
    private final OptionLevelPicker stanceOption = new OptionLevelPicker("stance");
    private final UnorderedList stanceList = new UnorderedList();
    private final Div completeness = new Div();
    private final OptionLevelPicker concernOption = new OptionLevelPicker("concern");
    private final UnorderedList concernList = new UnorderedList();
    private final UnorderedList purposeList = new UnorderedList();
    private final OptionLevelPicker linkOption = new OptionLevelPicker("link");
    private final Select<DraftPurpose> linkPurpose = new Select<>();
    private final Select<DraftStakeholder> demandStakeholder = new Select<>();
    private final MultiSelectComboBox<OptionRef> demandMetBy = new MultiSelectComboBox<>();
    private final UnorderedList demandList = new UnorderedList();
    private final MultiSelectComboBox<OptionRef> tensionWhen = new MultiSelectComboBox<>();
    private List<OptionRef> offeredChoices = List.of();
    private @Nullable List<DraftStakeholder> offeredStakeholders;
    private @Nullable List<DraftPurpose> offeredPurposes;
    private final UnorderedList tensionList = new UnorderedList();
    private final UnorderedList issueList = new UnorderedList();
    private final UnorderedList linkList = new UnorderedList();
    private final UnorderedList problems = new UnorderedList();
    private final Div notCarriedOver = new Div();
    private final Div publication = new Div();
    private final TextArea exported = new TextArea("Case file");

    EditCaseView(Authoring authoring) {
        this.authoring = authoring;
        addClassNames("page", "author-page");
        stakeholderList.setId("stakeholder-list");
        optionList.setId("option-list");
        stanceList.setId("stance-list");
        concernList.setId("concern-list");
        purposeList.setId("purpose-list");
        linkList.setId("link-list");
        demandList.setId("demand-list");
        tensionList.setId("tension-list");
        issueList.setId("issue-list");
        articleForm.addChangeListener(() -> articleForm.validDetails()
                .ifPresent(details -> change(d -> d.withArticle(details.applyTo(d.article())))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editToken = event.getRouteParameters().get("editToken").orElse("");
        var opened = authoring.open(editToken);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        state = opened.get();
        removeAll();
        var warning = new Paragraph("This is your private edit link. Anyone who has it can change, publish or delete "
                + "this case: keep it to yourself. Every change is saved as you make it.");
        warning.addClassName("private-warning");
        refusals.setId("refusals");
        refusals.addClassName("author-problems");
        notCarriedOver.setId("not-carried-over");
        notCarriedOver.addClassName("author-problems");
        add(new H1("Edit your case"), warning, refusals, notCarriedOver);
        if (state.draft() == null) {
            add(new Paragraph("This case was imported as a file. To correct it, export it, change the file and import "
                    + "it again."));
        } else {
            draft = state.draft();
            build();
        }
        add(publishSection());
        refresh();
    }

    private void build() {
        articleForm.setDetails(ArticleDetails.of(draft.article()));
        picker = new QuotePicker(draft.article());
        shownArticle = draft.article();
        passageCount.setId("passage-count");
        var merge = new Button("Merge this passage with the next", event ->
                change(d -> d.withArticle(d.article().mergeWithNext(picker.passageIndex()))));
        merge.setId("merge-passage");
        var split = new Button("Split this passage before the first chosen word", event ->
                change(d -> d.withArticle(d.article().splitPassage(picker.passageIndex(), picker.firstWordOffset()))));
        split.setId("split-passage");
        add(section("1. The article", articleForm),
                section("2. Passages and quotes", new Paragraph("Choose the words of a quote here; the steps below "
                        + "attach them. The article's words cannot be changed, only its passages merged or split."),
                        passageCount, picker, new Div(merge, split)),
                section("3. Stakeholders and options", stakeholdersForm(), stakeholderList, optionsForm(), optionList),
                section("4. Stances", stanceForm(), stanceList, new H2("What the article states"), completeness),
                section("5. Concerns, purposes and links", concernForm(), concernList, purposeForm(), purposeList,
                        linkForm(), linkList),
                section("6. Demands and tensions", demandForm(), demandList, tensionForm(), tensionList),
                section("7. Flags on the source", issueForm(), issueList));
    }

    /** Whether a needed "our reading" reason is there; if not, the field says so and keeps what was typed. */
    private static boolean reasonGiven(boolean needed, String why, TextField field, String missing) {
        var given = !needed || !why.isEmpty();
        field.setInvalid(!given);
        if (!given) {
            field.setErrorMessage(missing);
        }
        return given;
    }

    private static Div section(String heading, Component... content) {
        var section = new Div(new H2(heading));
        section.add(content);
        section.addClassName("author-step");
        return section;
    }

    private Component stakeholdersForm() {
        var name = new TextField("Stakeholder");
        name.setId("stakeholder-name");
        name.setMaxLength(DraftStakeholder.NAME_LENGTH);
        var monogram = new TextField("Short form (optional, up to 4 letters)");
        monogram.setId("stakeholder-monogram");
        monogram.setMaxLength(DraftStakeholder.MONOGRAM_LENGTH);
        var add = new Button("Add stakeholder", event -> {
            var cleaned = UserText.line(name.getValue());
            if (cleaned.isEmpty()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the stakeholder's name.");
                return;
            }
            var shortForm = UserText.line(monogram.getValue());
            if (change(d -> {
                var stakeholders = new ArrayList<>(d.stakeholders());
                stakeholders.add(new DraftStakeholder(Ids.unique(cleaned, "stakeholder",
                        d.stakeholders().stream().map(DraftStakeholder::id).toList()), cleaned,
                        shortForm.isEmpty() ? null : shortForm, List.of()));
                return d.withStakeholders(stakeholders);
            })) {
                name.clear();
                monogram.clear();
                name.setInvalid(false);
            }
        });
        add.setId("add-stakeholder");
        return new FormLayout(name, monogram, add);
    }

    private Component optionsForm() {
        var name = new TextField("Option");
        name.setId("option-name");
        name.setMaxLength(DraftOption.NAME_LENGTH);
        var description = new TextField("What it means, in your words");
        description.setId("option-description");
        description.setMaxLength(DraftOption.DESCRIPTION_LENGTH);
        var bundle = new TextField("Part of a bundle (optional: options with the same bundle name form one offer)");
        bundle.setId("option-bundle");
        bundle.setMaxLength(DraftOption.BUNDLE_LENGTH);
        var levels = new TextArea("Levels (optional: none, or one per line, at least two)");
        levels.setId("option-levels");
        var add = new Button("Add option", event -> {
            var cleaned = UserText.line(name.getValue());
            var meaning = UserText.line(description.getValue());
            if (cleaned.isEmpty() || meaning.isEmpty()) {
                name.setInvalid(cleaned.isEmpty());
                name.setErrorMessage("Give the option's name.");
                description.setInvalid(meaning.isEmpty());
                description.setErrorMessage("Say what the option means.");
                return;
            }
            var levelNames = levels.getValue().lines().map(UserText::line).filter(line -> !line.isEmpty()).toList();
            var bundleName = UserText.line(bundle.getValue());
            if (change(d -> {
                var takenLevels = new ArrayList<String>();
                var optionLevels = levelNames.stream().map(level -> {
                    var id = Ids.unique(level, "level", takenLevels);
                    takenLevels.add(id);
                    return new DraftOption.Level(id, level, level);
                }).toList();
                var options = new ArrayList<>(d.options());
                options.add(new DraftOption(Ids.unique(cleaned, "option", d.options().stream().map(DraftOption::id).toList()),
                        cleaned, meaning, bundleName.isEmpty() ? null : bundleName, optionLevels));
                return d.withOptions(options);
            })) {
                List.of(name, description, bundle).forEach(field -> {
                    field.clear();
                    field.setInvalid(false);
                });
                levels.clear();
            }
        });
        add.setId("add-option");
        var form = new FormLayout(name, description, bundle, levels, add);
        form.setColspan(levels, 2);
        return form;
    }

    private Component stanceForm() {
        stanceStakeholder.setId("stance-stakeholder");
        stanceStakeholder.setLabel("Stakeholder");
        stanceStakeholder.setItemLabelGenerator(DraftStakeholder::name);
        var position = new Select<Position>();
        position.setId("stance-position");
        position.setLabel("Position (one word for what the quote says)");
        position.setItems(DraftStance.POSITIONS);
        position.setItemLabelGenerator(Position::label);
        position.setValue(Position.SUPPORTS);
        var basis = new RadioButtonGroup<StanceBasis>("Basis");
        basis.setId("stance-basis");
        basis.setItems(StanceBasis.OWN_WORDS, StanceBasis.REPORTED);
        basis.setItemLabelGenerator(StanceBasis::label);
        basis.setValue(StanceBasis.REPORTED);
        var speaker = new TextField("Speaker's name (whose own words these are)");
        speaker.setId("stance-speaker");
        speaker.setMaxLength(org.guaranteelab.authoring.Speaker.NAME_LENGTH);
        var role = new TextField("Speaker's role, as the article gives it (optional)");
        role.setId("stance-speaker-role");
        role.setMaxLength(org.guaranteelab.authoring.Speaker.ROLE_LENGTH);
        speaker.setVisible(false);
        role.setVisible(false);
        basis.addValueChangeListener(event -> {
            speaker.setVisible(event.getValue() == StanceBasis.OWN_WORDS);
            role.setVisible(event.getValue() == StanceBasis.OWN_WORDS);
        });
        var attach = new Button("Attach the chosen words", event -> {
            var stakeholder = stanceStakeholder.getValue();
            var option = stanceOption.option();
            var quote = picker.quote();
            if (stakeholder == null || option.isEmpty() || quote.isEmpty()) {
                refuse(List.of("Choose a stakeholder, an option and the words of the quote first."));
                return;
            }
            var speakerName = UserText.line(speaker.getValue());
            if (basis.getValue() == StanceBasis.OWN_WORDS && speakerName.isEmpty()) {
                speaker.setInvalid(true);
                speaker.setErrorMessage("Name the person whose own words these are.");
                return;
            }
            speaker.setInvalid(false);
            var roleText = UserText.line(role.getValue());
            change(d -> {
                var withSpeaker = basis.getValue() == StanceBasis.OWN_WORDS
                        ? d.withSpeaker(stakeholder.id(), speakerName, roleText.isEmpty() ? null : roleText) : d;
                var speakerId = basis.getValue() == StanceBasis.OWN_WORDS
                        ? withSpeaker.speakerId(stakeholder.id(), speakerName).orElse(null) : null;
                return withSpeaker.attach(stakeholder.id(), option.get().id(), stanceOption.level(), position.getValue(),
                        basis.getValue(), speakerId, quote.get(), stanceOption.allLevels());
            });
        });
        attach.setId("attach-quote");
        attach.addThemeVariants(ButtonVariant.PRIMARY);
        return new FormLayout(stanceStakeholder, stanceOption, position, basis, speaker, role, attach);
    }

    private Component concernForm() {
        var text = new TextArea("Concern, in your words (the chosen words back it)");
        text.setId("concern-text");
        text.setMaxLength(DraftConcern.TEXT_LENGTH);
        var add = new Button("Add concern", event -> {
            var option = concernOption.option();
            var quote = picker.quote();
            var cleaned = UserText.paragraphs(text.getValue());
            if (option.isEmpty() || quote.isEmpty() || cleaned.isEmpty()) {
                refuse(List.of("Choose an option and the words that raise the concern, and write it down."));
                return;
            }
            if (change(d -> {
                var concerns = new ArrayList<>(d.concerns());
                concerns.add(new DraftConcern(option.get().id(), concernOption.level(), concernOption.allLevels(), cleaned,
                        List.of(quote.get())));
                return d.withConcerns(concerns);
            })) {
                text.clear();
            }
        });
        add.setId("add-concern");
        return new FormLayout(new H2("Concerns"), concernOption, text, add);
    }

    private Component purposeForm() {
        var name = new TextField("Purpose (the chosen words name it)");
        name.setId("purpose-name");
        name.setMaxLength(DraftPurpose.NAME_LENGTH);
        var add = new Button("Add purpose", event -> {
            var cleaned = UserText.line(name.getValue());
            var quote = picker.quote();
            if (cleaned.isEmpty() || quote.isEmpty()) {
                refuse(List.of("Name the purpose and choose the words of the article that name it."));
                return;
            }
            if (change(d -> {
                var purposes = new ArrayList<>(d.purposes());
                purposes.add(new DraftPurpose(Ids.unique(cleaned, "purpose", d.purposes().stream().map(DraftPurpose::id).toList()),
                        cleaned, quote.get()));
                return d.withPurposes(purposes);
            })) {
                name.clear();
            }
        });
        add.setId("add-purpose");
        return new FormLayout(new H2("Purposes"), name, add);
    }

    private Component linkForm() {
        linkPurpose.setId("link-purpose");
        linkPurpose.setLabel("Serves the purpose");
        linkPurpose.setItemLabelGenerator(DraftPurpose::name);
        var basis = new RadioButtonGroup<Basis>("On whose word");
        basis.setId("link-basis");
        basis.setItems(Basis.SOURCE, Basis.EDITORIAL);
        basis.setItemLabelGenerator(value -> value == Basis.SOURCE ? "The article says so" : "Our reading");
        basis.setValue(Basis.EDITORIAL);
        var reason = new TextField("Our reading: why, in one line");
        reason.setId("link-reason");
        reason.setMaxLength(DraftLink.REASON_LENGTH);
        basis.addValueChangeListener(event -> reason.setVisible(event.getValue() == Basis.EDITORIAL));
        var add = new Button("Add link", event -> {
            var option = linkOption.option();
            var purpose = linkPurpose.getValue();
            var quote = picker.quote();
            var why = UserText.line(reason.getValue());
            if (option.isEmpty() || purpose == null || quote.isEmpty()) {
                refuse(List.of("Choose an option, a purpose and the words the link rests on."));
                return;
            }
            if (!reasonGiven(basis.getValue() == Basis.EDITORIAL, why, reason, "A link on our reading needs a one-line reason.")) {
                return;
            }
            if (change(d -> {
                var links = new ArrayList<>(d.links());
                links.add(new DraftLink(option.get().id(), linkOption.level(), linkOption.allLevels(), purpose.id(),
                        basis.getValue(), quote.get(), basis.getValue() == Basis.EDITORIAL ? why : null));
                return d.withLinks(links);
            })) {
                reason.clear();
            }
        });
        add.setId("add-link");
        return new FormLayout(new H2("Links from options to purposes"), linkOption, linkPurpose, basis, reason, add);
    }

    private Component demandForm() {
        demandStakeholder.setId("demand-stakeholder");
        demandStakeholder.setLabel("Stakeholder who demands it");
        demandStakeholder.setItemLabelGenerator(DraftStakeholder::name);
        demandMetBy.setId("demand-met-by");
        demandMetBy.setLabel("Options that meet it (any one of them is enough)");
        var text = new TextArea("Demand, in your words (the chosen words back it)");
        text.setId("demand-text");
        text.setMaxLength(DraftDemand.TEXT_LENGTH);
        var note = new TextField("Our reading: why these options meet it, in one line");
        note.setId("demand-note");
        note.setMaxLength(DraftDemand.NOTE_LENGTH);
        var add = new Button("Add demand", event -> {
            var stakeholder = demandStakeholder.getValue();
            var quote = picker.quote();
            var cleaned = UserText.paragraphs(text.getValue());
            var why = UserText.line(note.getValue());
            if (stakeholder == null || quote.isEmpty() || cleaned.isEmpty()) {
                refuse(List.of("Choose a stakeholder and the words that make the demand, and write it down."));
                return;
            }
            // Which options meet a demand is never the article's word (docs/case-format.md), so the reason is required.
            if (!reasonGiven(true, why, note, "Which options meet a demand is our reading: give a one-line reason.")) {
                return;
            }
            if (changeBy(() -> authoring.addDemand(editToken, stakeholder.id(), cleaned, chosen(demandMetBy), quote.get(), why),
                    this::refuse)) {
                text.clear();
                note.clear();
                demandMetBy.clear();
            }
        });
        add.setId("add-demand");
        var form = new FormLayout(new H2("Demands"), demandStakeholder, demandMetBy, text, note, add);
        form.setColspan(demandMetBy, 2);
        return form;
    }

    private Component tensionForm() {
        tensionWhen.setId("tension-when");
        tensionWhen.setLabel("Options it is about (it applies when all of them are chosen)");
        var basis = new RadioButtonGroup<Basis>("On whose word");
        basis.setId("tension-basis");
        basis.setItems(Basis.SOURCE, Basis.EDITORIAL);
        basis.setItemLabelGenerator(EditCaseView::basisLabel);
        basis.setValue(Basis.SOURCE);
        var text = new TextArea("The problem with taking them, in your words (the chosen words back it)");
        text.setId("tension-text");
        text.setMaxLength(DraftTension.TEXT_LENGTH);
        var note = new TextField("Our reading: why, in one line");
        note.setId("tension-note");
        note.setMaxLength(DraftTension.NOTE_LENGTH);
        note.setVisible(false);
        basis.addValueChangeListener(event -> note.setVisible(event.getValue() == Basis.EDITORIAL));
        var add = new Button("Add tension", event -> {
            var quote = picker.quote();
            var cleaned = UserText.paragraphs(text.getValue());
            var why = UserText.line(note.getValue());
            if (quote.isEmpty() || cleaned.isEmpty()) {
                refuse(List.of("Choose the words that point to the problem, and write it down."));
                return;
            }
            if (!reasonGiven(basis.getValue() == Basis.EDITORIAL, why, note, "A tension on our reading needs a one-line reason.")) {
                return;
            }
            if (changeBy(() -> authoring.addTension(editToken, basis.getValue(), cleaned, chosen(tensionWhen), quote.get(),
                    basis.getValue() == Basis.EDITORIAL ? why : null), this::refuse)) {
                text.clear();
                note.clear();
                tensionWhen.clear();
            }
        });
        add.setId("add-tension");
        var form = new FormLayout(new H2("Tensions"), tensionWhen, basis, text, note, add);
        form.setColspan(tensionWhen, 2);
        return form;
    }

    private static String basisLabel(Basis basis) {
        return basis == Basis.SOURCE ? "The article says so" : "Our reading";
    }

    /** Every option, and each of its levels, as a demand or tension can name them, in the order the options were added. */
    private List<OptionRef> choices() {
        var choices = new ArrayList<OptionRef>();
        for (var option : draft.options()) {
            choices.add(new OptionRef(option.id(), null));
            option.levels().forEach(level -> choices.add(new OptionRef(option.id(), level.id())));
        }
        return choices;
    }

    /** "Patrol", "Patrol at any level" or "Patrol at By day". */
    private String choiceLabel(OptionRef ref) {
        var option = draft.options().stream().filter(o -> o.id().equals(ref.option())).findFirst();
        if (option.isEmpty() || !option.get().hasLevels()) {
            return optionName(ref.option());
        }
        return option.get().name() + " at " + (ref.level() == null ? "any level" : levelName(option.get(), ref.level()));
    }

    private static String levelName(DraftOption option, String levelId) {
        return option.levels().stream().filter(l -> l.id().equals(levelId)).map(DraftOption.Level::name).findFirst()
                .orElse(levelId);
    }

    /** The choices made, in the order they are offered, so that the case file does not depend on the order of clicks. */
    private List<OptionRef> chosen(MultiSelectComboBox<OptionRef> box) {
        var selected = box.getSelectedItems();
        return choices().stream().filter(selected::contains).toList();
    }

    /** Sent to the browser again only when options came or went, not on every quote attached. */
    private void offerStakeholders(Select<DraftStakeholder> box) {
        var kept = box.getValue() == null ? null : box.getValue().id();
        box.setItems(draft.stakeholders());
        box.setValue(draft.stakeholders().stream().filter(s -> s.id().equals(kept)).findFirst()
                .orElse(draft.stakeholders().isEmpty() ? null : draft.stakeholders().getFirst()));
    }

    private void offerChoices() {
        var choices = choices();
        if (choices.equals(offeredChoices)) {
            return;
        }
        offeredChoices = choices;
        for (var box : List.of(demandMetBy, tensionWhen)) {
            var kept = box.getSelectedItems().stream().filter(choices::contains).collect(java.util.stream.Collectors.toSet());
            box.setItems(choices);
            box.setItemLabelGenerator(this::choiceLabel);
            box.setValue(kept);
        }
    }

    private Component issueForm() {
        var kind = new Select<SourceIssue.Kind>();
        kind.setId("issue-kind");
        kind.setLabel("The chosen words are");
        kind.setItems(SourceIssue.Kind.values());
        kind.setItemLabelGenerator(SourceIssue.Kind::label);
        kind.setValue(SourceIssue.Kind.AMBIGUOUS);
        var note = new TextField("Our note: what is wrong with them, in one line");
        note.setId("issue-note");
        note.setMaxLength(DraftSourceIssue.NOTE_LENGTH);
        var add = new Button("Flag the chosen words", event -> {
            var excerpt = picker.quote();
            var why = UserText.line(note.getValue());
            if (excerpt.isEmpty() || why.isEmpty()) {
                refuse(List.of("Choose the words that are garbled, cut off or ambiguous, and say what is wrong with them."));
                return;
            }
            if (change(d -> {
                var issues = new ArrayList<>(d.sourceIssues());
                var taken = d.sourceIssues().stream().map(DraftSourceIssue::id).toList();
                issues.add(new DraftSourceIssue(Ids.unique(kind.getValue().name() + " " + (issues.size() + 1), "issue", taken),
                        kind.getValue(), excerpt.get(), why));
                return d.withSourceIssues(issues);
            })) {
                note.clear();
            }
        });
        add.setId("add-issue");
        return new FormLayout(kind, note, add);
    }

    private Component publishSection() {
        problems.setId("problems");
        problems.addClassName("author-problems");
        publication.setId("publication");
        exported.setId("exported-file");
        exported.setReadOnly(true);
        exported.setWidthFull();
        exported.setVisible(false);
        var publish = new Button("Publish", event -> publish());
        publish.setId("publish-case");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        var unpublish = new Button("Unpublish", event -> {
            authoring.unpublish(editToken);
            reopen();
        });
        unpublish.setId("unpublish-case");
        var export = new Button("Show the case file", event -> authoring.export(editToken).ifPresent(file -> {
            exported.setValue(file);
            exported.setVisible(true);
        }));
        export.setId("export-case");
        var delete = new Button("Delete the case", event -> confirmDelete());
        delete.setId("delete-case");
        delete.addThemeVariants(ButtonVariant.ERROR);
        var preview = new Anchor("write/" + editToken + "/preview", "Preview the case in the builder");
        preview.setId("preview-link");
        // An imported case has no draft to preview: it is previewed by publishing it.
        preview.setVisible(state.draft() != null);
        return section("8. Check and publish", problems, publication, preview, new Div(publish, unpublish, export, delete),
                exported);
    }

    private void publish() {
        try {
            authoring.publish(editToken);
            reopen();
        } catch (DraftRefusedException e) {
            refuse(List.of("The case cannot be published yet: see the problems under “Check and publish”."));
        }
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete this case?", "The case, its published versions and this edit link stop "
                + "working for everyone. Scenarios saved on it will say the case is gone.", "Delete", event -> {
            authoring.delete(editToken);
            removeAll();
            add(new H1("Case deleted"), new Paragraph("The case and its edit link are gone."), new Anchor("write", "Write a new case"));
        });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reopen() {
        authoring.open(editToken).ifPresent(opened -> state = opened);
        refresh();
    }

    /** Saves the changed draft; true if it was saved. A refused change leaves the draft and the page as they were. */
    private boolean change(UnaryOperator<Draft> edit) {
        return changeBy(() -> authoring.save(editToken, edit.apply(draft)), this::refuse);
    }

    /** Takes one editor step; true if it was stored. A refusal goes to {@code refused} and leaves the page as it was. */
    private boolean changeBy(Supplier<Optional<DraftState>> step, Consumer<List<String>> refused) {
        try {
            var saved = step.get();
            if (saved.isEmpty()) {
                refused.accept(List.of("This case can no longer be changed: it was deleted."));
                return false;
            }
            state = saved.get();
            draft = state.draft();
            refusals.removeAll();
            refresh();
            return true;
        } catch (DraftRefusedException e) {
            refused.accept(e.problems());
            return false;
        }
    }

    /**
     * What the imported file holds that the draft cannot, while publishing would still publish it: the
     * author decides, before a first change drops it, whether to publish as imported.
     */
    private void showNotCarriedOver() {
        notCarriedOver.removeAll();
        notCarriedOver.setVisible(!state.notCarriedOver().isEmpty());
        if (state.notCarriedOver().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        state.notCarriedOver().forEach(line -> list.add(new ListItem(line)));
        notCarriedOver.add(new H2("Not carried over from the file"),
                new Paragraph("This draft was imported from a case file that holds more than the editor can. "
                        + "Publishing it before you change anything publishes the file as imported, with all of it. "
                        + "Your first change here drops the following for good; to keep them, change the file and "
                        + "import it again:"),
                list);
    }

    private void refuse(List<String> messages) {
        NewCaseView.show(refusals, messages);
    }

    private void refresh() {
        showPublication();
        showNotCarriedOver();
        if (draft == null) {
            problems.removeAll();
            ComponentUtil.setData(problems, SHOWN, null);
            return;
        }
        var article = draft.article();
        // The passage list is sent to the browser again only when passages were merged or split.
        if (!article.equals(shownArticle)) {
            picker.setArticle(article);
            shownArticle = article;
        }
        passageCount.setText("The article is " + article.passages().size() + " passages long.");
        fill(stakeholderList, draft.stakeholders(), stakeholder -> stakeholder.name()
                        + (stakeholder.people().isEmpty() ? "" : " (quoted: " + String.join(", ",
                        stakeholder.people().stream().map(person -> person.name()
                                + (person.role() == null ? "" : ", " + person.role())).toList()) + ")"),
                stakeholder -> change(d -> d.withoutStakeholder(stakeholder.id())));
        fill(optionList, draft.options(), option -> option.name() + ": " + option.description()
                        + (option.bundle() == null ? "" : " [bundle: " + option.bundle() + "]")
                        + (option.hasLevels() ? " (levels: " + String.join(", ",
                        option.levels().stream().map(DraftOption.Level::name).toList()) + ")" : ""),
                option -> change(d -> d.withoutOption(option.id())));
        // Choices go to the browser again only when they changed: most steps only attach a quote (issue 21's budget).
        if (!draft.stakeholders().equals(offeredStakeholders)) {
            offeredStakeholders = draft.stakeholders();
            offerStakeholders(stanceStakeholder);
            offerStakeholders(demandStakeholder);
        }
        stanceOption.setOptions(draft.options());
        concernOption.setOptions(draft.options());
        linkOption.setOptions(draft.options());
        if (!draft.purposes().equals(offeredPurposes)) {
            offeredPurposes = draft.purposes();
            linkPurpose.setItems(draft.purposes());
        }
        offerChoices();
        fill(issueList, draft.sourceIssues(), issue -> quotes(List.of(issue.excerpt())) + ": " + issue.kind().label()
                        + " — " + issue.note(),
                issue -> change(d -> d.withSourceIssues(without(d.sourceIssues(), issue))));
        fill(tensionList, draft.tensions(), tension -> String.join(" + ", tension.when().stream()
                        .map(this::choiceLabel).toList()) + ": " + tension.text()
                        + (tension.basis() == Basis.EDITORIAL ? " (our reading: " + tension.note() + ")" : " (the article says so)")
                        + " — " + quotes(tension.quotes()),
                tension -> change(d -> d.withTensions(without(d.tensions(), tension))), this::editTension);
        fill(demandList, draft.demands(), demand -> stakeholderName(demand.stakeholder()) + " demands: " + demand.text()
                        + " — met by " + (demand.metBy().size() > 1 ? "any of " : "")
                        + String.join(", ", demand.metBy().stream().map(this::choiceLabel).toList())
                        + " (our reading: " + demand.note() + ") — " + quotes(demand.quotes()),
                demand -> change(d -> d.withDemands(without(d.demands(), demand))), this::editDemand);
        fill(stanceList, draft.stances(), this::describe,
                stance -> change(d -> d.detach(stance.stakeholder(), stance.option(), stance.level())), this::editStance);
        fill(concernList, draft.concerns(), concern -> optionName(concern.option()) + ": " + concern.text() + " — "
                        + quotes(concern.quotes()), concern -> change(d -> d.withConcerns(without(d.concerns(), concern))),
                this::editConcern);
        fill(purposeList, draft.purposes(), purpose -> purpose.name() + " — " + quotes(List.of(purpose.quote())),
                purpose -> change(d -> d.withPurposes(without(d.purposes(), purpose))));
        fill(linkList, draft.links(), link -> optionName(link.option()) + " → " + draft.purposes().stream()
                        .filter(p -> p.id().equals(link.purpose())).map(DraftPurpose::name).findFirst().orElse(link.purpose())
                        + (link.basis() == Basis.EDITORIAL ? " (our reading: " + link.reason() + ")" : " (the article says so)")
                        + " — " + quotes(List.of(link.quote())),
                link -> change(d -> d.withLinks(without(d.links(), link))));
        var review = DraftReview.of(draft);
        showCompleteness(review);
        if (review.problems().equals(ComponentUtil.getData(problems, SHOWN))) {
            return;
        }
        ComponentUtil.setData(problems, SHOWN, review.problems());
        problems.removeAll();
        if (review.problems().isEmpty()) {
            problems.add(new ListItem("No problems: the case can be published."));
        } else {
            review.problems().forEach(problem -> problems.add(new ListItem(problem)));
        }
    }

    private void showPublication() {
        var shown = List.of(state.versions(), state.published(), state.caseId());
        if (shown.equals(ComponentUtil.getData(publication, SHOWN))) {
            return;
        }
        ComponentUtil.setData(publication, SHOWN, shown);
        publication.removeAll();
        if (state.versions() == 0) {
            publication.add(new Paragraph("Not published yet. Publishing makes an unlisted link: only people you give "
                    + "it to can find the case, and search engines are asked not to index it."));
        } else if (!state.published()) {
            publication.add(new Paragraph("Unpublished: the case's link shows nothing until you publish it again. "
                    + state.versions() + " version(s) kept."));
        } else {
            var link = new Anchor("cases/" + state.caseId(), "Open the case in the builder (/cases/" + state.caseId() + ")");
            link.setId("case-link");
            publication.add(new Paragraph("Published, version " + state.versions() + ". Share this link with your class:"),
                    link);
        }
    }

    private void showCompleteness(DraftReview review) {
        var shown = List.of(draft.stakeholders(), draft.options(), review.stated());
        if (shown.equals(ComponentUtil.getData(completeness, SHOWN))) {
            return;
        }
        ComponentUtil.setData(completeness, SHOWN, shown);
        completeness.removeAll();
        if (draft.stakeholders().isEmpty() || draft.options().isEmpty()) {
            completeness.add(new Paragraph("Add stakeholders and options to see which pairs the article states."));
            return;
        }
        var header = new NativeTableRow(new NativeTableHeaderCell("Stakeholder"));
        draft.options().forEach(option -> header.add(new NativeTableHeaderCell(option.name())));
        var body = new NativeTableBody();
        for (var stakeholder : draft.stakeholders()) {
            var row = new NativeTableRow(new NativeTableHeaderCell(stakeholder.name()));
            for (var option : draft.options()) {
                var stated = review.isStated(stakeholder.id(), option.id());
                var cell = new NativeTableCell(stated ? "✓ stated" : "– not stated");
                cell.addClassName(stated ? "pair-stated" : "pair-not-stated");
                row.add(cell);
            }
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(header), body);
        table.setId("completeness");
        table.addClassName("completeness");
        var summary = new Paragraph(review.stated().size() + " of " + review.pairs() + " pairs are stated; every other "
                + "pair is shown as “not stated in the source”.");
        completeness.add(summary, new TableScroll("Which pairs the article states", table));
    }

    private String describe(DraftStance stance) {
        var stakeholder = draft.stakeholders().stream().filter(s -> s.id().equals(stance.stakeholder()))
                .map(DraftStakeholder::name).findFirst().orElse(stance.stakeholder());
        var level = stance.level() == null ? "" : " at " + draft.options().stream().filter(o -> o.id().equals(stance.option()))
                .flatMap(o -> o.levels().stream()).filter(l -> l.id().equals(stance.level())).map(DraftOption.Level::name)
                .findFirst().orElse(stance.level());
        return stakeholder + " × " + optionName(stance.option()) + level + ": " + stance.position().label() + ", "
                + stance.basis().label() + " — " + quotes(stance.quotes());
    }

    private String stakeholderName(String stakeholderId) {
        return draft.stakeholders().stream().filter(s -> s.id().equals(stakeholderId)).map(DraftStakeholder::name)
                .findFirst().orElse(stakeholderId);
    }

    private String optionName(String optionId) {
        return draft.options().stream().filter(o -> o.id().equals(optionId)).map(DraftOption::name).findFirst().orElse(optionId);
    }

    private String quotes(List<Span> spans) {
        var article = draft.article();
        return String.join(" … ", spans.stream().map(span -> "“" + article.text().substring(span.start(), span.end()) + "”"
                + article.passageOf(span).map(index -> " (¶" + (index + 1) + ")").orElse(" (across passages)")).toList());
    }

    private static <T> List<T> without(List<T> list, T removed) {
        var kept = new ArrayList<>(list);
        kept.remove(removed);
        return kept;
    }

    private <T> void fill(UnorderedList list, List<T> items, java.util.function.Function<T, String> label,
                          java.util.function.Consumer<T> remove) {
        fill(list, items, label, remove, null);
    }

    /** Each item with a Remove button and, where it can be changed in place, an Edit button. */
    private <T> void fill(UnorderedList list, List<T> items, java.util.function.Function<T, String> label,
                          java.util.function.Consumer<T> remove, java.util.function.@Nullable Consumer<T> edit) {
        var labels = items.stream().map(label).toList();
        // A list whose items and words are unchanged keeps its components, so the browser gets nothing for it.
        var shown = List.of(items, labels);
        if (shown.equals(ComponentUtil.getData(list, SHOWN))) {
            return;
        }
        ComponentUtil.setData(list, SHOWN, shown);
        list.removeAll();
        IntStream.range(0, items.size()).forEach(i -> {
            var item = items.get(i);
            var text = labels.get(i);
            var entry = new ListItem(new com.vaadin.flow.component.html.Span(text));
            if (edit != null) {
                var editButton = new Button("Edit", event -> edit.accept(item));
                editButton.setId(list.getId().orElseThrow() + "-edit-" + i);
                editButton.getElement().setAttribute("aria-label", "Edit " + text);
                editButton.addThemeVariants(ButtonVariant.TERTIARY);
                entry.add(editButton);
            }
            var removeButton = new Button("Remove", event -> remove.accept(item));
            removeButton.getElement().setAttribute("aria-label", "Remove " + text);
            removeButton.addThemeVariants(ButtonVariant.TERTIARY);
            entry.add(removeButton);
            list.add(entry);
        });
    }

    private void editStance(DraftStance stance) {
        var option = draft.options().stream().filter(o -> o.id().equals(stance.option())).findFirst().orElseThrow();
        var person = draft.stakeholders().stream().filter(s -> s.id().equals(stance.stakeholder()))
                .flatMap(s -> s.people().stream()).filter(p -> p.id().equals(stance.speaker())).findFirst();
        var position = new Select<Position>();
        position.setId("edit-stance-position");
        position.setLabel("Position (one word for what the quotes say)");
        position.setItems(DraftStance.POSITIONS);
        position.setItemLabelGenerator(Position::label);
        position.setValue(stance.position());
        var basis = new RadioButtonGroup<StanceBasis>("Basis");
        basis.setId("edit-stance-basis");
        basis.setItems(StanceBasis.OWN_WORDS, StanceBasis.REPORTED);
        basis.setItemLabelGenerator(StanceBasis::label);
        basis.setValue(stance.basis());
        var speaker = new TextField("Speaker's name (whose own words these are)");
        speaker.setId("edit-stance-speaker");
        speaker.setMaxLength(org.guaranteelab.authoring.Speaker.NAME_LENGTH);
        speaker.setValue(person.map(org.guaranteelab.authoring.Speaker::name).orElse(""));
        var role = new TextField("Speaker's role, as the article gives it (optional)");
        role.setId("edit-stance-speaker-role");
        role.setMaxLength(org.guaranteelab.authoring.Speaker.ROLE_LENGTH);
        role.setValue(person.map(org.guaranteelab.authoring.Speaker::role).orElse(""));
        speaker.setVisible(stance.basis() == StanceBasis.OWN_WORDS);
        role.setVisible(stance.basis() == StanceBasis.OWN_WORDS);
        basis.addValueChangeListener(event -> {
            speaker.setVisible(event.getValue() == StanceBasis.OWN_WORDS);
            role.setVisible(event.getValue() == StanceBasis.OWN_WORDS);
        });
        var level = new Select<String>();
        level.setId("edit-stance-level");
        level.setLabel("Level");
        var levels = new ArrayList<String>();
        option.levels().forEach(l -> levels.add(l.id()));
        levels.add(OptionLevelPicker.EVERY_LEVEL);
        level.setItems(levels);
        level.setItemLabelGenerator(id -> OptionLevelPicker.EVERY_LEVEL.equals(id) ? "Every level"
                : levelName(option, id));
        level.setValue(stance.level() == null ? OptionLevelPicker.EVERY_LEVEL : stance.level());
        level.setVisible(option.hasLevels());
        var allLevels = new TextField("Why it holds at every level");
        allLevels.setId("edit-stance-all-levels");
        allLevels.setMaxLength(DraftStance.ALL_LEVELS_LENGTH);
        allLevels.setValue(stance.allLevels() == null ? "" : stance.allLevels());
        allLevels.setVisible(option.hasLevels() && stance.level() == null);
        level.addValueChangeListener(event -> allLevels.setVisible(OptionLevelPicker.EVERY_LEVEL.equals(event.getValue())));
        new EditDialog("Edit the stance " + stakeholderName(stance.stakeholder()) + " × " + option.name(), dialog -> {
            var chosenLevel = !option.hasLevels() || OptionLevelPicker.EVERY_LEVEL.equals(level.getValue()) ? null : level.getValue();
            var wording = new DraftStance.Wording(position.getValue(), basis.getValue(), orNull(UserText.line(speaker.getValue())),
                    orNull(UserText.line(role.getValue())), chosenLevel, orNull(UserText.line(allLevels.getValue())));
            return changeBy(() -> authoring.restateStance(editToken, stance.stakeholder(), stance.option(), stance.level(),
                    wording), dialog::refuse);
        }, position, basis, speaker, role, level, allLevels).open();
    }

    private void editConcern(DraftConcern concern) {
        var text = new TextArea("Concern, in your words");
        text.setId("edit-concern-text");
        text.setMaxLength(DraftConcern.TEXT_LENGTH);
        text.setValue(concern.text());
        new EditDialog("Edit the concern about " + optionName(concern.option()), dialog -> changeBy(() ->
                authoring.restateConcern(editToken, concern, UserText.paragraphs(text.getValue())), dialog::refuse), text).open();
    }

    private void editDemand(DraftDemand demand) {
        var note = new TextField("Our reading: why these options meet it, in one line");
        note.setId("edit-demand-note");
        note.setMaxLength(DraftDemand.NOTE_LENGTH);
        note.setValue(demand.note());
        new EditDialog("Edit our reading of the demand", dialog -> changeBy(() ->
                authoring.restateDemand(editToken, demand.id(), UserText.line(note.getValue())), dialog::refuse), note).open();
    }

    private void editTension(DraftTension tension) {
        var basis = new RadioButtonGroup<Basis>("On whose word");
        basis.setId("edit-tension-basis");
        basis.setItems(Basis.SOURCE, Basis.EDITORIAL);
        basis.setItemLabelGenerator(EditCaseView::basisLabel);
        basis.setValue(tension.basis());
        var note = new TextField("Our reading: why, in one line");
        note.setId("edit-tension-note");
        note.setMaxLength(DraftTension.NOTE_LENGTH);
        note.setValue(tension.note() == null ? "" : tension.note());
        note.setVisible(tension.basis() == Basis.EDITORIAL);
        basis.addValueChangeListener(event -> note.setVisible(event.getValue() == Basis.EDITORIAL));
        new EditDialog("Edit the tension", dialog -> changeBy(() -> authoring.restateTension(editToken, tension.id(),
                basis.getValue(), orNull(UserText.line(note.getValue()))), dialog::refuse), basis, note).open();
    }

    private static @Nullable String orNull(String cleaned) {
        return cleaned.isEmpty() ? null : cleaned;
    }
}
