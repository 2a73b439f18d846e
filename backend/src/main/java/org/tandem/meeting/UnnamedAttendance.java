package org.tandem.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people at a meeting who are not on its register, counted per category: a 50-person workshop names the few who
 * spoke and counts the rest. Part of the meeting, so it changes with the meeting's version.
 */
@Embeddable
public class UnnamedAttendance {
    @Column(name = "unnamed_lay_members")
    public int layMembers;
    @Column(name = "unnamed_service_users")
    public int serviceUsers;
    @Column(name = "unnamed_professionals")
    public int professionals;
    @Column(name = "unnamed_stakeholders")
    public int stakeholders;

    public int total() {
        return layMembers + serviceUsers + professionals + stakeholders;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unnamedLayMembers", layMembers);
        state.put("unnamedServiceUsers", serviceUsers);
        state.put("unnamedProfessionals", professionals);
        state.put("unnamedStakeholders", stakeholders);
        return state;
    }
}
