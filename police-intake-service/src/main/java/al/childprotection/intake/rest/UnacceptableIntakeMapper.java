package al.childprotection.intake.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import al.childprotection.intake.service.UnacceptableIntakeException;
import al.childprotection.kit.problem.Problem;

/** 422 with every field the rules refused; the kit's Problem.invalid is the 400 of a malformed request. */
public class UnacceptableIntakeMapper {

    static final String TYPE = "https://childprotection.al/problems/unacceptable-intake";

    @ServerExceptionMapper
    public Response unacceptable(UnacceptableIntakeException e) {
        return new Problem(TYPE, "Unprocessable Content", 422, e.getMessage(), e.errors()).toResponse();
    }
}
