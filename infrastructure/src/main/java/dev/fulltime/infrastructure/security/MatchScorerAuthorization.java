package dev.fulltime.infrastructure.security;

import dev.fulltime.application.assignment.ScorerAssignments;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** Who may record facts for a match: an ADMIN for every match, a SCORER for the matches assigned to it. */
@Component
class MatchScorerAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final ScorerAssignments assignments;

    MatchScorerAuthorization(ScorerAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        Authentication user = authentication.get();
        if (!trust.isAuthenticated(user)) {
            return new AuthorizationDecision(false);
        }
        Roles roles = Roles.of(user);
        if (roles.has(SecurityConfiguration.ADMIN)) {
            return new AuthorizationDecision(true);
        }
        String matchId = request.getVariables().get("matchId");
        if (!roles.has(SecurityConfiguration.SCORER)) {
            return new ExplainedRefusal("recording facts needs the role SCORER (or ADMIN); " + user.getName()
                    + " has " + roles);
        }
        if (!assignments.isAssigned(matchId, user.getName())) {
            return new ExplainedRefusal(user.getName() + " is not assigned to match " + matchId
                    + "; an ADMIN assigns scorers with PUT /api/matches/" + matchId + "/scorers/" + user.getName());
        }
        return new AuthorizationDecision(true);
    }
}
