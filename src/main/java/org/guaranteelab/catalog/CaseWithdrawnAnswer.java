package org.guaranteelab.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guaranteelab.base.ErrorAnswer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** How plain pages and exports answer for a case no longer published: 410 Gone, in our words. */
@ControllerAdvice
class CaseWithdrawnAnswer {

    @ExceptionHandler(CaseWithdrawnException.class)
    void gone(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorAnswer.write(request, response, HttpServletResponse.SC_GONE, CaseWithdrawnException.TITLE,
                CaseWithdrawnException.EXPLANATION);
    }
}
