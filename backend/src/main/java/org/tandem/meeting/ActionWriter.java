package org.tandem.meeting;

import jakarta.enterprise.context.RequestScoped;
import org.tandem.common.problem.ProblemException;
import org.tandem.person.PersonDirectory;

/** Applies an action request, checking that its owner and agenda item are ones the action may point at. */
@RequestScoped
public class ActionWriter {
    private final PersonDirectory people;

    ActionWriter(PersonDirectory people) {
        this.people = people;
    }

    void apply(ActionRequest body, MeetingAction action) {
        if (body.ownerPersonId() != null) {
            people.requireUsable(body.ownerPersonId(), "ownerPersonId");
        }
        if (body.agendaItemId() != null && action.meeting.agendaItem(body.agendaItemId()).isEmpty()) {
            throw ProblemException.invalid("agendaItemId", "is not an agenda item of this meeting");
        }
        action.description = body.description().strip();
        action.agendaItemId = body.agendaItemId();
        action.ownerPersonId = body.ownerPersonId();
        action.dueOn = body.dueOn();
    }
}
