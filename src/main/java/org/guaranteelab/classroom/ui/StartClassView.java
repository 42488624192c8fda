package org.guaranteelab.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import org.guaranteelab.base.AppUrls;
import org.guaranteelab.base.ClientKeys;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.catalog.ui.SourceLinks;
import org.guaranteelab.classroom.ClassroomRateLimits;
import org.guaranteelab.classroom.ClassroomService;
import org.guaranteelab.classroom.DiscussionPrompts;
import org.guaranteelab.classroom.JoinCodes;
import org.guaranteelab.base.ui.CopyableLink;

/** A teacher starts a class, without an account, and gets its join code and its private board link. */
@Route("teach")
@PageTitle("Start a class · Guarantee Lab")
@Menu(order = 6, title = "Run a class", icon = "vaadin:academy-cap")
class StartClassView extends Div {

    StartClassView(ClassroomService classrooms, ClassroomRateLimits limits, ClientKeys clientKeys, CaseCatalog catalog) {
        addClassNames("page", "start-class-page");
        add(new H1("Run a class"));
        add(new Paragraph("Students join with a code, build their scenario on the case you choose below and "
                + "submit it; your board shows the class's choices as they come in. No accounts: students give only "
                + "a display name. The class and its submissions are deleted automatically when it expires."));
        var form = new ClassForm(catalog);
        var result = new Div();
        result.setId("class-started");
        var error = new Paragraph();
        error.setId("start-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        var start = new Button("Start the class", VaadinIcon.PLAY.create());
        start.setId("start-class");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> form.setup().ifPresent(setup -> {
            var clientKey = clientKeys.of(VaadinServletRequest.getCurrent().getHttpServletRequest());
            if (!limits.tryStartClass(clientKey)) {
                error.setText("You have started many classes in the last hour; please wait before starting another. "
                        + "Your entries are still here.");
                error.setVisible(true);
                return;
            }
            error.setVisible(false);
            var started = classrooms.start(setup);
            var boardPath = "t/" + started.boardToken();
            BoardLinkStore.remember(getUI().orElseThrow(), setup.name(), AppUrls.absolute(boardPath));
            result.removeAll();
            var warning = new Paragraph("Keep the board link private: whoever has it can see every submission, "
                    + "lock or delete the class. It is shown only now and remembered in this browser (see “Your "
                    + "classes” on this page); copy it somewhere safe if you will use another device.");
            warning.addClassName("link-warning");
            var open = new Anchor(boardPath, "Open the board");
            open.setId("open-board");
            open.addClassName("primary-link");
            var worksheet = printLink(Printables.worksheetPath(started.boardToken()), "Print the student worksheet",
                    "print-worksheet");
            result.add(new H2("Your class is ready"),
                    new Paragraph(new Span("Join code: "), codeSpan(started.joinCode())),
                    warning, new CopyableLink("Board link", AppUrls.absolute(boardPath), "board-link"), open,
                    new Paragraph(worksheet));
            start.setEnabled(false);
        }));

        var prompts = new UnorderedList();
        prompts.addClassName("prompt-suggestions");
        showPrompts(prompts, form, catalog.defaultCase());
        form.addCaseChangeListener(chosen -> showPrompts(prompts, form, chosen));
        var suggestions = new Div(new Paragraph("Questions the article itself asks (its own words):"), prompts);
        suggestions.addClassName("prompt-suggestions-box");

        var remembered = new Div();
        remembered.setId("remembered-classes");
        BoardLinkStore.list(this, remembered);
        var guide = new Paragraph(new Span("New to it? "),
                printLink(Printables.GUIDE_PATH, "Print the one-page teacher guide", "print-guide"),
                new Span(": the goal, four timed phases and our debate prompts for a 45-minute lesson."));
        guide.addClassName("guide-link");
        add(guide, form, suggestions, start, error, result, remembered);
    }

    /** A printable is a plain page the server writes, not a Vaadin route. */
    private static Anchor printLink(String path, String text, String id) {
        var link = new Anchor(path, text);
        link.setId(id);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** The questions the chosen case's article asks, to use as the prompt. */
    private static void showPrompts(UnorderedList prompts, ClassForm form, Case theCase) {
        prompts.removeAll();
        for (var prompt : DiscussionPrompts.of(theCase)) {
            var use = new Button("Use", click -> form.usePrompt(prompt.question()));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            use.getElement().setAttribute("aria-label", "Use as prompt: " + prompt.question());
            var item = new ListItem(new Span("“" + prompt.question() + "” "), use);
            prompt.passageId().ifPresent(passage ->
                    item.add(new Anchor(SourceLinks.passage(theCase, passage), "in the source")));
            prompts.add(item);
        }
    }

    static Span codeSpan(String code) {
        var span = new Span(JoinCodes.display(code));
        span.addClassName("join-code");
        span.setId("join-code");
        return span;
    }
}
