package org.guaranteelab.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error controller, whose HTML answer is the "Whitelabel Error Page"
 * (issue #19: {@code /?nato=%%%} showed it with 400): every status the container or a framework
 * reports through {@code /error} gets the app's own page, or problem JSON for the API.
 */
@Controller
class AppErrorController implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 && number < 600 ? number : 404;
        String reference = null;
        if (status >= 500) {
            reference = ErrorLog.newReference();
            var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            ErrorLog.shared().report(reference, status, request.getMethod() + " "
                            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable throwable ? throwable : null);
        }
        if (!response.isCommitted()) {
            response.resetBuffer();
            ErrorAnswer.write(request, response, status, reference);
        }
    }
}
