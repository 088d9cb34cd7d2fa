package al.childprotection.kit.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Remembers the endpoint once the request is matched to its resource method, before the method runs. */
public class EndpointFilter {

    private final CalledEndpoint endpoint;

    EndpointFilter(CalledEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @ServerRequestFilter
    public void remember(ContainerRequestContext request, ResourceInfo resource) {
        endpoint.remember(request.getMethod(),
                CalledEndpoint.template(resource.getResourceClass(), resource.getResourceMethod()));
    }
}
