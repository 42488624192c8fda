package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.guaranteelab.authoring.Authoring;
import org.guaranteelab.authoring.DraftRefusedException;
import org.guaranteelab.authoring.TooManyCasesException;
import org.guaranteelab.base.ClientKeys;

/**
 * Starts a case: paste an article (or import a case file), and the case gets its private edit
 * link, where everything else is written.
 */
@Route("write")
@PageTitle("Write a case · Guarantee Lab")
@Menu(order = 8, title = "Write a case", icon = "vaadin:edit")
class NewCaseView extends Div {

    private final Authoring authoring;
    private final ClientKeys clientKeys;
    private final ArticleForm form = new ArticleForm(true);
    private final UnorderedList problems = new UnorderedList();
    private final TextArea caseFile = new TextArea("Case file (YAML)");
    private final UnorderedList importProblems = new UnorderedList();

    NewCaseView(Authoring authoring, ClientKeys clientKeys) {
        this.authoring = authoring;
        this.clientKeys = clientKeys;
        addClassNames("page", "author-page");
        problems.setId("start-problems");
        problems.addClassName("author-problems");
        importProblems.setId("import-problems");
        importProblems.addClassName("author-problems");

        var start = new Button("Start the case", event -> start());
        start.setId("start-case");
        start.addThemeVariants(ButtonVariant.PRIMARY);

        caseFile.setId("import-file");
        caseFile.setMaxLength(Authoring.IMPORT_LENGTH);
        caseFile.setHelperText("A case file as the app exports it (docs/case-format.md). It is checked by the same rules "
                + "as the app's own case and becomes a draft of yours, to review and publish.");
        caseFile.setWidthFull();
        var importButton = new Button("Import as a draft", event -> importFile());
        importButton.setId("import-case");

        add(new H1("Write a case"),
                new Paragraph("Bring your own article: paste it, name the stakeholders and options, and attach "
                        + "the article's own words to each stance. No account: you get a private edit link."),
                form, problems, start,
                new H2("Or import a case file"), caseFile, importProblems, importButton);
    }

    private void start() {
        form.validDetails().ifPresent(details -> {
            try {
                var token = authoring.create(ClientKey.current(clientKeys), details.toArticle());
                UI.getCurrent().navigate("write/" + token);
            } catch (DraftRefusedException e) {
                show(problems, e.problems());
            } catch (TooManyCasesException e) {
                show(problems, List.of(e.getMessage()));
            }
        });
    }

    private void importFile() {
        try {
            var imported = authoring.importCase(ClientKey.current(clientKeys), caseFile.getValue());
            // The editor lists what the file holds that the draft does not, for as long as that matters.
            UI.getCurrent().navigate("write/" + imported.editToken());
        } catch (DraftRefusedException e) {
            show(importProblems, e.problems());
        } catch (TooManyCasesException e) {
            show(importProblems, List.of(e.getMessage()));
        }
    }

    /** Every problem as text, in the list read out beside the form; what was typed stays. */
    static void show(UnorderedList list, List<String> messages) {
        list.removeAll();
        messages.forEach(message -> list.add(new ListItem(message)));
        list.getElement().setAttribute("role", "alert");
    }
}
