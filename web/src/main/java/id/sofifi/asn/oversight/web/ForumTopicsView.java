package id.sofifi.asn.oversight.web;

import id.sofifi.asn.oversight.application.ForumService;
import id.sofifi.asn.oversight.application.TopicSummary;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.platform.web.UseCase;
import id.sofifi.asn.recruitment.application.WorkUnitService;
import id.sofifi.asn.recruitment.application.WorkUnitView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forum's front page: topics newest first, filtered by unit, and a signed-in citizen's form to open one. */
@Named
@RequestScoped
public class ForumTopicsView {
    /** The newest topics the page shows; older ones through the API's paging. */
    private static final int SHOWN = 100;

    @EJB
    ForumService forum;

    @EJB
    WorkUnitService units;

    @Inject
    FacesContext faces;

    private String unit;
    private String title;
    private String body;
    private List<TopicSummary> topics;

    public List<TopicSummary> getTopics() {
        if (topics == null) {
            topics = forum.topics(unit, null, PageRequest.of(0, SHOWN)).items();
        }
        return topics;
    }

    public List<WorkUnitView> getUnits() { return units.tree(); }

    /** Opens the topic and shows its page. */
    public void open() throws IOException {
        long[] opened = new long[1];
        Locale locale = faces.getViewRoot().getLocale();
        Map<String, String> labels = Map.of("title", Texts.text(locale, "forum.topicTitle"), "body",
                Texts.text(locale, "forum.topicBody"));
        if (UseCase.run(() -> opened[0] = forum.openTopic(unit, title, body), labels, "forum.topicOpened")) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(
                    faces.getExternalContext().getRequestContextPath() + "/forum/topik.xhtml?id=" + opened[0]);
        }
    }

    public String getUnit() { return unit; }

    public void setUnit(String unit) { this.unit = unit; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getBody() { return body; }

    public void setBody(String body) { this.body = body; }
}
