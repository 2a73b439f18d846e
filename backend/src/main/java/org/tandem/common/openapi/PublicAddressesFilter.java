package org.tandem.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Points the served document at this deployment's addresses. It runs when the service starts, after the build has
 * made the document (with the local defaults, which is what openapi.yaml commits).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicAddressesFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PublicAddresses.from(ConfigProvider.getConfig()).applyTo(openAPI);
    }
}
