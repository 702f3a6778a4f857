package id.sofifi.asn.development.web;

import id.sofifi.asn.development.application.ReminderService;
import id.sofifi.asn.platform.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The button "Kirim pengingat sekarang" on the trainings screen: sends the Latsar and JP reminders due today at
 * once instead of waiting for the daily run, and says how many went out (0 when all were sent before).
 */
@Named
@RequestScoped
public class RemindersView {
    @EJB
    ReminderService reminders;

    public void sendNow() {
        try {
            FacesMessages.info("reminder.sent", reminders.sendDueToday());
        } catch (EJBAccessException e) {
            FacesMessages.denied();
        }
    }
}
