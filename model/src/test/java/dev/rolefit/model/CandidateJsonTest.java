package dev.rolefit.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CandidateJsonTest {
    private final ObjectMapper json = RolefitJson.mapper();

    @Test
    void extraFieldsAreKept() throws Exception {
        Candidate c = json.readValue("""
                {"id":"c1","headline":"ML Engineer","github":"x","skills":["Python",{"name":"k8s","level":"Expert","years":3}],
                 "employmentTypes":"Full-time","experience":[{"title":"a","startDate":"2019","endDate":"present"}]}
                """, Candidate.class);
        assertEquals("x", c.extra().get("github"));
        assertEquals(2, c.skills().size());
        System.out.println(c);
        System.out.println(json.writeValueAsString(c));
    }
}
