package org.guaranteelab.base;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.interceptor.CorsInterceptor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * No CORS on the push endpoint: Atmosphere's CorsInterceptor answers every {@code Origin} with
 * {@code Access-Control-Allow-Origin: <that origin>} and {@code Access-Control-Allow-Credentials:
 * true}, so any site could read a visitor's push stream; no page of the app is meant to be used from
 * another site (docs/decisions/0008-json-save-api.md). Issue #22.
 *
 * <p>Atmosphere's own switch, {@code org.atmosphere.cpr.dropAccessControlAllowOriginHeader}, cannot
 * be used: Vaadin's PushRequestHandler sets it to {@code false} itself, and that setting wins over
 * servlet init parameters. Atmosphere reads the list of interceptors to leave out from the Vaadin
 * servlet's init parameters, which Vaadin does not set, so the interceptor is left out there.
 */
@Component
class PushWithoutCors implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter(ApplicationConfig.DISABLE_ATMOSPHEREINTERCEPTORS, CorsInterceptor.class.getName());
        }
        return bean;
    }
}
